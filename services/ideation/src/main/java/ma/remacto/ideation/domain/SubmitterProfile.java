package ma.remacto.ideation.domain;

/**
 * Who submitted, for statistics only (participation by type, gender, age group as the programmes
 * report it). Every part is optional, stored apart from the idea and never shown with it.
 */
public record SubmitterProfile(ParticipantType participantType, Gender gender, AgeGroup ageGroup) {

    public enum ParticipantType { CITIZEN, ASSOCIATION, PRIVATE_SECTOR, PUBLIC_SECTOR, ACADEMIC, OTHER }

    public enum Gender { FEMALE, MALE }

    public enum AgeGroup { UNDER_18, FROM_18_TO_24, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_59, FROM_60 }

    public static final SubmitterProfile NONE = new SubmitterProfile(null, null, null);

    public boolean isEmpty() {
        return participantType == null && gender == null && ageGroup == null;
    }
}
