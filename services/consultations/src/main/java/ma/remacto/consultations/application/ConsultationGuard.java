package ma.remacto.consultations.application;

import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.persistence.ConsultationRepository;
import ma.remacto.platform.problems.ProblemException;

import org.springframework.stereotype.Component;

@Component
public class ConsultationGuard {

    private final ConsultationRepository consultations;

    public ConsultationGuard(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    public Consultation consultation(String id) {
        return consultations.find(id).orElseThrow(() -> ProblemException.notFound("consultation.not-found", id));
    }
}
