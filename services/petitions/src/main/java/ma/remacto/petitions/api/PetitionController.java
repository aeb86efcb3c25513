package ma.remacto.petitions.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.petitions.application.DraftPetition;
import ma.remacto.petitions.application.EditPetition;
import ma.remacto.petitions.application.FilePetition;
import ma.remacto.petitions.application.FindPetitions;
import ma.remacto.petitions.application.OpenSignatureCollection;
import ma.remacto.petitions.application.RecordCouncilStep;
import ma.remacto.petitions.application.RecordPastPetition;
import ma.remacto.petitions.application.SignPetition;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.ResidenceDeclaration;
import ma.remacto.petitions.domain.ThresholdRule;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.platform.web.RateLimits;

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
@RequestMapping("/api/petitions")
@Tag(name = "Petitions", description = "Petitions to members' councils: drafting, signatures, filing, the council's steps")
public class PetitionController {

    static final String SIGNATURE_LIMIT = "petition-signatures";

    private final FindPetitions find;
    private final DraftPetition draft;
    private final EditPetition edit;
    private final OpenSignatureCollection open;
    private final FilePetition file;
    private final SignPetition sign;
    private final RecordCouncilStep councilStep;
    private final RecordPastPetition past;
    private final RateLimits rateLimits;

    public PetitionController(FindPetitions find, DraftPetition draft, EditPetition edit, OpenSignatureCollection open,
            FilePetition file, SignPetition sign, RecordCouncilStep councilStep, RecordPastPetition past,
            RateLimits rateLimits) {
        this.find = find;
        this.draft = draft;
        this.edit = edit;
        this.open = open;
        this.file = file;
        this.sign = sign;
        this.councilStep = councilStep;
        this.past = past;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    @Operation(summary = "List petitions by member, region, status, petitioner kind and filing period (never drafts)")
    public PageResult<PetitionView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) PetitionStatus status,
            @RequestParam(required = false) PetitionerKind petitionerKind,
            @RequestParam(required = false) LocalDate filedFrom, @RequestParam(required = false) LocalDate filedTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return find.list(new PetitionRepository.Query(member, region, status, petitionerKind, filedFrom, filedTo),
                PageQuery.of(page, size)).map(PetitionView::of);
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in person's own petitions as agent or association, drafts included, newest first",
            security = @SecurityRequirement(name = "bearer"))
    public PageResult<PetitionView> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return find.mine(PageQuery.of(page, size)).map(PetitionView::of);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Public petitions of a member or region by status and petitioner kind, their signatures")
    public FindPetitions.Statistics statistics(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region) {
        return find.statistics(member, region);
    }

    @GetMapping("/thresholds")
    @Operation(summary = "The signature thresholds in force, with their legal sources")
    public List<ThresholdRule> thresholds() {
        return find.thresholds();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One petition: signatures against the threshold, per province for regions, deadlines, steps")
    public ResponseEntity<PetitionView> one(@PathVariable String id) {
        var snapshot = find.one(id);
        return ResponseEntity.ok().eTag(String.valueOf(snapshot.petition().version())).body(PetitionView.of(snapshot));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @PostMapping
    @Operation(summary = "Draft a citizens' petition (you become its agent) or an association's petition",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> draft(@Valid @RequestBody PetitionRequests.Draft request) {
        Petition petition = draft.handle(new DraftPetition.Draft(request.member(),
                PetitionerKind.valueOf(request.petitionerKind()),
                request.association() == null ? null : request.association().toDomain(), request.title().toDomain(),
                request.subject().strip(), PetitionRequests.strip(request.requests())));
        return ResponseEntity.created(URI.create("/api/petitions/" + petition.id())).eTag("1")
                .body(PetitionView.of(find.one(petition.id())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft's texts (its petitioner)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> edit(@PathVariable String id, @Valid @RequestBody PetitionRequests.Edit request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(edit.handle(id, request.title().toDomain(), request.subject().strip(),
                PetitionRequests.strip(request.requests()), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/collection")
    @Operation(summary = "Open a citizens' petition for signatures (its agent)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> openCollection(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(open.handle(id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/filing")
    @Operation(summary = "File the petition with the council's president and get its receipt number (its petitioner)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> fileIt(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(file.handle(id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/signatures")
    @Operation(summary = "Sign a petition collecting signatures, once (a citizen; rate limited per client)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<SignPetition.Receipt> signIt(@PathVariable String id,
            @Valid @RequestBody PetitionRequests.Signature request, HttpServletRequest http) {
        rateLimits.take(SIGNATURE_LIMIT, http);
        SignPetition.Receipt receipt = sign.handle(id, request.cnie(), request.residence().provinceSlug(),
                ResidenceDeclaration.valueOf(request.residence().declaration()));
        return ResponseEntity.status(201).body(receipt);
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "Record the council's step: admissible, inadmissible (reasons), committee, session, decision, agent notified",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> step(@PathVariable String id, @Valid @RequestBody PetitionRequests.CouncilStep request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(councilStep.handle(id, new RecordCouncilStep.StepRequest(PetitionStatus.valueOf(request.to()),
                request.date(), request.committee(), request.session() == null ? null : request.session().toDomain(),
                request.sessionDate(), request.decision(), request.reasons()), IfMatch.version(ifMatch)));
    }

    @PostMapping("/past")
    @Operation(summary = "Record a petition the council received before the platform (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PetitionView> recordPast(@Valid @RequestBody PetitionRequests.Past request) {
        Petition petition = past.handle(new RecordPastPetition.Past(request.member(), request.associationName().strip(),
                request.title().toDomain(), request.subject().strip(), PetitionRequests.strip(request.requests()),
                PetitionRequests.strip(request.remarks()), PetitionRequests.strip(request.committee()),
                PetitionRequests.strip(request.committeeRecommendation()),
                request.session() == null ? null : request.session().toDomain(), request.sessionDate(), request.filedOn(),
                request.admissibleOn(), PetitionRequests.strip(request.decision()), request.decidedOn(),
                request.agentNotifiedOn(), PetitionRequests.strip(request.inadmissibilityReasons()),
                PetitionStatus.valueOf(request.status())));
        return ResponseEntity.created(URI.create("/api/petitions/" + petition.id())).eTag("1")
                .body(PetitionView.of(find.one(petition.id())));
    }

    private ResponseEntity<PetitionView> withETag(Petition petition) {
        return ResponseEntity.ok().eTag(String.valueOf(petition.version())).body(PetitionView.of(find.one(petition.id())));
    }
}
