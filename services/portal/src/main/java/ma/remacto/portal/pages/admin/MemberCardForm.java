package ma.remacto.portal.pages.admin;

import static ma.remacto.portal.clients.Json.map;
import static ma.remacto.portal.clients.Json.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the register and edit forms hold: every field of a member card (docs/api.md, "The member card") as typed,
 * strings all, so that a refused form comes back exactly as it was sent. {@link #toCard()} makes the JSON the members
 * service validates: numbers stay text when they are not numbers, so the service's own refusal names the field.
 */
public record MemberCardForm(String slug, String kind, String nameAr, String nameFr, String regionSlug,
        String provinceSlug, String population, String populationCensusYear, boolean hasArrondissements,
        String contactEmail, String pointOfContactRoleAr, String pointOfContactRoleFr, List<Seat> committee,
        String joinedOn, String etag) {

    /** Blank committee rows offered after the filled ones, for a form without JavaScript. */
    static final int BLANK_SEATS = 3;

    /** Most committee rows read from a form (the card allows 30). */
    static final int MAX_SEATS = 40;

    public MemberCardForm {
        committee = committee == null ? List.of() : List.copyOf(committee);
    }

    /** A committee entry: a role code, its label in both languages, its seats. */
    public record Seat(String role, String labelAr, String labelFr, String seats) {

        boolean isBlank() {
            return blank(role) && blank(labelAr) && blank(labelFr) && blank(seats);
        }
    }

    static MemberCardForm empty() {
        return new MemberCardForm("", "COMMUNE", "", "", "", "", "", "", false, "", "", "", List.of(), "", null);
    }

    /** The form of a card read from the members service, with its ETag. */
    @SuppressWarnings("unchecked")
    static MemberCardForm of(Map<String, Object> card, String etag) {
        Map<String, Object> name = map(card.get("name"));
        Map<String, Object> role = map(card.get("pointOfContactRole"));
        List<Seat> seats = new ArrayList<>();
        if (card.get("committee") instanceof List<?> list) {
            for (Object each : list) {
                Map<String, Object> seat = map(each);
                Map<String, Object> label = map(seat.get("roleLabel"));
                seats.add(new Seat(string(seat.get("role")), string(label.get("ar")), string(label.get("fr")),
                        string(seat.get("seats"))));
            }
        }
        return new MemberCardForm(string(card.get("slug")), string(card.get("kind")), string(name.get("ar")),
                string(name.get("fr")), string(card.get("regionSlug")), string(card.get("provinceSlug")),
                string(card.get("population")), string(card.get("populationCensusYear")),
                Boolean.TRUE.equals(card.get("hasArrondissements")), string(card.get("contactEmail")),
                string(role.get("ar")), string(role.get("fr")), seats, string(card.get("joinedOn")), etag);
    }

    /** The form as posted: plain parameters, committee rows as {@code committee[i].role} and so on. */
    static MemberCardForm fromParameters(Map<String, String> p) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < MAX_SEATS; i++) {
            String prefix = "committee[" + i + "].";
            if (!p.containsKey(prefix + "role") && !p.containsKey(prefix + "seats")) {
                continue;
            }
            Seat seat = new Seat(trim(p.get(prefix + "role")), trim(p.get(prefix + "labelAr")),
                    trim(p.get(prefix + "labelFr")), trim(p.get(prefix + "seats")));
            if (!seat.isBlank()) {
                seats.add(seat);
            }
        }
        return new MemberCardForm(trim(p.get("slug")), trim(p.get("kind")), trim(p.get("nameAr")),
                trim(p.get("nameFr")), trim(p.get("regionSlug")), trim(p.get("provinceSlug")),
                trim(p.get("population")), trim(p.get("populationCensusYear")),
                "true".equals(p.get("hasArrondissements")), trim(p.get("contactEmail")),
                trim(p.get("pointOfContactRoleAr")), trim(p.get("pointOfContactRoleFr")), seats,
                trim(p.get("joinedOn")), trim(p.get("etag")));
    }

    /** The same form with the slug and kind of the stored card (they never change on an edit). */
    MemberCardForm withIdentity(String slug, String kind) {
        return new MemberCardForm(slug, kind, nameAr, nameFr, regionSlug, provinceSlug, population,
                populationCensusYear, hasArrondissements, contactEmail, pointOfContactRoleAr, pointOfContactRoleFr,
                committee, joinedOn, etag);
    }

    /** The same form, to be saved over another version of the card. */
    MemberCardForm withEtag(String newEtag) {
        return new MemberCardForm(slug, kind, nameAr, nameFr, regionSlug, provinceSlug, population,
                populationCensusYear, hasArrondissements, contactEmail, pointOfContactRoleAr, pointOfContactRoleFr,
                committee, joinedOn, newEtag);
    }

    /** The committee rows to show: the filled ones, then a few blank ones. */
    public List<Seat> rows() {
        List<Seat> rows = new ArrayList<>(committee);
        for (int i = 0; i < BLANK_SEATS; i++) {
            rows.add(new Seat("", "", "", ""));
        }
        return rows;
    }

    /** The card as the members service takes it ({@code POST /api/members}, {@code PUT /api/members/{slug}}). */
    Map<String, Object> toCard() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("slug", slug);
        card.put("kind", kind);
        card.put("name", bilingual(nameAr, nameFr));
        card.put("regionSlug", nullIfBlank(regionSlug));
        card.put("provinceSlug", nullIfBlank(provinceSlug));
        card.put("population", number(population));
        card.put("populationCensusYear", number(populationCensusYear));
        card.put("hasArrondissements", hasArrondissements);
        card.put("contactEmail", contactEmail);
        if (!blank(pointOfContactRoleAr) || !blank(pointOfContactRoleFr)) {
            card.put("pointOfContactRole", bilingual(pointOfContactRoleAr, pointOfContactRoleFr));
        }
        List<Map<String, Object>> seats = new ArrayList<>();
        for (Seat seat : committee) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", seat.role());
            entry.put("roleLabel", bilingual(seat.labelAr(), seat.labelFr()));
            entry.put("seats", number(seat.seats()));
            seats.add(entry);
        }
        card.put("committee", seats);
        card.put("joinedOn", nullIfBlank(joinedOn));
        return card;
    }

    /**
     * The fields whose value in {@code current} (the card as it is now) differs from what this form holds: what
     * someone else changed while this form was being edited.
     */
    List<String> differencesFrom(MemberCardForm current) {
        List<String> fields = new ArrayList<>();
        compare(fields, "name.ar", nameAr, current.nameAr);
        compare(fields, "name.fr", nameFr, current.nameFr);
        compare(fields, "regionSlug", regionSlug, current.regionSlug);
        compare(fields, "provinceSlug", provinceSlug, current.provinceSlug);
        compare(fields, "population", population, current.population);
        compare(fields, "populationCensusYear", populationCensusYear, current.populationCensusYear);
        compare(fields, "hasArrondissements", String.valueOf(hasArrondissements),
                String.valueOf(current.hasArrondissements));
        compare(fields, "contactEmail", contactEmail, current.contactEmail);
        compare(fields, "pointOfContactRole.ar", pointOfContactRoleAr, current.pointOfContactRoleAr);
        compare(fields, "pointOfContactRole.fr", pointOfContactRoleFr, current.pointOfContactRoleFr);
        if (!committee.equals(current.committee)) {
            fields.add("committee");
        }
        compare(fields, "joinedOn", joinedOn, current.joinedOn);
        return fields;
    }

    /** The HTML id of the input for a field the service named ({@code committee[0].seats} → {@code committee-0-seats}). */
    public static String inputId(String field) {
        String id = field == null ? "" : field.replace("[", "-").replace("]", "").replace('.', '-');
        return switch (id) {
            case "name-ar" -> "nameAr";
            case "name-fr" -> "nameFr";
            case "name" -> "nameAr";
            case "pointOfContactRole-ar", "pointOfContactRole" -> "pointOfContactRoleAr";
            case "pointOfContactRole-fr" -> "pointOfContactRoleFr";
            default -> id.replaceAll("-roleLabel-ar$", "-labelAr").replaceAll("-roleLabel-fr$", "-labelFr")
                    .replaceAll("-roleLabel$", "-labelAr");
        };
    }

    private static void compare(List<String> fields, String field, String mine, String theirs) {
        if (!Objects.equals(trim(mine), trim(theirs))) {
            fields.add(field);
        }
    }

    private static Map<String, Object> bilingual(String ar, String fr) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("ar", ar);
        text.put("fr", fr);
        return text;
    }

    /** A whole number as a number; anything else as typed (the service then refuses it on that field). */
    private static Object number(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullIfBlank(String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
