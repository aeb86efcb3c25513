package ma.remacto.consultations.application;

import java.util.List;
import java.util.Map;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationCounts;
import ma.remacto.consultations.domain.ItemResult;
import ma.remacto.consultations.domain.ParticipationCounts;
import ma.remacto.consultations.events.ConsultationsEvents;
import ma.remacto.consultations.persistence.ContributionRepository;
import ma.remacto.consultations.persistence.ParticipantRepository;

import org.springframework.stereotype.Component;

/** Counts computed from the stored contributions and profiles (exact: one contribution per person and item). */
@Component
public class ConsultationTallies {

    private final ContributionRepository contributions;
    private final ParticipantRepository participants;

    public ConsultationTallies(ContributionRepository contributions, ParticipantRepository participants) {
        this.contributions = contributions;
        this.participants = participants;
    }

    public ConsultationsEvents.Tally tally(Consultation consultation) {
        return new ConsultationsEvents.Tally(ConsultationCounts.published(contributions.counted(consultation.id())),
                ParticipationCounts.of(participants.ofConsultation(consultation.id())));
    }

    public List<ItemResult> perItem(Consultation consultation) {
        return ConsultationCounts.perItem(consultation, contributions.counted(consultation.id()));
    }

    public Map<String, Long> perAxis(Consultation consultation) {
        return ConsultationCounts.perAxis(consultation, contributions.counted(consultation.id()));
    }
}
