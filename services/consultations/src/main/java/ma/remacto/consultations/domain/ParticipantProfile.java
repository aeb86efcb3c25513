package ma.remacto.consultations.domain;

/**
 * Who took part, for statistics only (participation by type, gender and age group as the programmes report it).
 * Every part is optional; it is stored apart from contributions and answers, never shown, never in an event.
 */
public record ParticipantProfile(String participantType, String gender, String ageGroup) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String PARTICIPANT_TYPES = "CITIZEN|ASSOCIATION|ELECTED|STAFF|OTHER";
    public static final String GENDERS = "FEMALE|MALE";
    public static final String AGE_GROUPS = "UNDER_18|18_24|25_34|35_44|45_59|60_PLUS";

    public static final ParticipantProfile NONE = new ParticipantProfile(null, null, null);
}
