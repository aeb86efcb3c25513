package ma.remacto.petitions.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/** The petitioner changes the draft's texts; once signatures are collected the text people signed cannot change. */
@Service
public class EditPetition {

    private final PetitionGuard guard;
    private final PetitionRepository petitions;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final Today today;

    public EditPetition(PetitionGuard guard, PetitionRepository petitions, Snapshots snapshots, EventEnvelopes envelopes,
            Today today) {
        this.guard = guard;
        this.petitions = petitions;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.today = today;
    }

    public Petition handle(String id, LocalizedText title, String subject, List<String> requests, Long expectedVersion) {
        Petition petition = guard.petition(id);
        Actor actor = guard.requirePetitioner(petition);
        PetitionGuard.requireVersion(expectedVersion, petition.version());
        if (petition.status() != PetitionStatus.DRAFT) {
            throw ProblemException.conflict("petition.not-draft", petition.status().name());
        }
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(title, petition.title())) {
            fields.add("title");
        }
        if (!Objects.equals(subject, petition.subject())) {
            fields.add("subject");
        }
        if (!Objects.equals(requests, petition.requests())) {
            fields.add("requests");
        }
        if (fields.isEmpty()) {
            return petition;
        }
        Petition edited = petition.edit(title, subject, requests, today.now());
        petitions.update(edited, History.entry(edited.updatedAt(), actor, "EDITED", null, null, fields, null),
                envelopes.stage(PetitionsEvents.edited(snapshots.of(edited)), PetitionGuard.inEvents(actor)));
        return edited;
    }
}
