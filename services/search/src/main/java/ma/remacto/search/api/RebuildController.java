package ma.remacto.search.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.search.application.RebuildIndex;
import ma.remacto.search.domain.Rebuild;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/search/rebuilds")
@Tag(name = "Index rebuilds", description = "Rebuilding the search index from the ideation and projects topics (network administrators)")
public class RebuildController {

    private final RebuildIndex rebuilds;

    public RebuildController(RebuildIndex rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @Operation(summary = "Start a full rebuild of the search index (one at a time; 409 while one runs)",
            description = "Replays the compacted ideation and projects topics into a new index, swaps the alias atomically, catches up "
                    + "with what arrived meanwhile and deletes the old index: search keeps answering throughout.",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<RebuildView> start() {
        Rebuild rebuild = rebuilds.handle();
        return ResponseEntity.accepted().location(URI.create("/api/search/rebuilds/" + rebuild.id()))
                .body(RebuildView.of(rebuild));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A rebuild's progress: phase, records read of the total, start and end",
            security = @SecurityRequirement(name = "bearer"))
    public RebuildView one(@PathVariable String id) {
        return RebuildView.of(rebuilds.find(id));
    }
}
