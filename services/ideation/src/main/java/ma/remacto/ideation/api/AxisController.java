package ma.remacto.ideation.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.ideation.application.DefineAxis;
import ma.remacto.ideation.application.FindIdeas;
import ma.remacto.ideation.application.UpdateAxis;
import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.platform.web.IfMatch;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/axes")
@Tag(name = "Axes", description = "The priority axes of each member's openness programme")
public class AxisController {

    private final FindIdeas find;
    private final DefineAxis define;
    private final UpdateAxis update;

    public AxisController(FindIdeas find, DefineAxis define, UpdateAxis update) {
        this.find = find;
        this.define = define;
        this.update = update;
    }

    @GetMapping
    @Operation(summary = "The axes of a member (and programme), in their order")
    public List<Axis> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String programme) {
        return find.axes(member, programme);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One axis; ETag = version")
    public ResponseEntity<Axis> one(@PathVariable String id) {
        return withETag(find.axis(id));
    }

    @PostMapping
    @Operation(summary = "Define an axis (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Axis> define(@Valid @RequestBody IdeaRequests.AxisDefinition request) {
        Axis axis = define.handle(request.member(), request.programme(), request.code(), request.position(),
                new LocalizedText(request.title().ar().strip(), request.title().fr().strip()));
        return ResponseEntity.created(URI.create("/api/axes/" + axis.id())).eTag(String.valueOf(axis.version()))
                .body(axis);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename, reorder or retire an axis (the member's staff); If-Match optional",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Axis> update(@PathVariable String id, @Valid @RequestBody IdeaRequests.AxisChange request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(update.handle(id, new LocalizedText(request.title().ar().strip(), request.title().fr().strip()),
                request.position(), request.active(), IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<Axis> withETag(Axis axis) {
        return ResponseEntity.ok().eTag(String.valueOf(axis.version())).body(axis);
    }
}
