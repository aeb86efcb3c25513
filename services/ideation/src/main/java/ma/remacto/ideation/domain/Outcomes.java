package ma.remacto.ideation.domain;

/** The public answer to "what became of my idea" (مآل الفكرة), for each state, in both languages. */
public final class Outcomes {

    private Outcomes() {
    }

    public static LocalizedText of(IdeaState state, String reason, Long mergedIntoNumber) {
        String why = reason == null || reason.isBlank() ? "" : " " + reason.strip();
        return switch (state) {
            case RECEIVED -> new LocalizedText("توصلت الجماعة بالفكرة وستتم دراستها.",
                    "L'idée a été reçue et sera étudiée.");
            case IN_PROCESSING -> new LocalizedText("الفكرة في طور المعالجة من طرف نقطة الارتكاز.",
                    "L'idée est en cours de traitement par le point focal.");
            case WITH_COMMITTEE -> new LocalizedText("أحيلت الفكرة على لجنة الإعداد والتتبع والتقييم.",
                    "L'idée a été transmise au comité de préparation, suivi et évaluation.");
            case RETAINED -> new LocalizedText("تم الاحتفاظ بالفكرة لإعداد مشاريع الانفتاح." + why,
                    "L'idée a été retenue pour formuler les projets d'ouverture." + why);
            case MERGED -> new LocalizedText("دمجت الفكرة مع الفكرة رقم " + mergedIntoNumber + " المماثلة لها." + why,
                    "L'idée a été fusionnée avec l'idée n° " + mergedIntoNumber + ", qui lui est semblable." + why);
            case NOT_RETAINED -> new LocalizedText("لم يتم الاحتفاظ بالفكرة." + why, "L'idée n'a pas été retenue." + why);
            case WITHDRAWN -> new LocalizedText("سحب صاحب(ة) الفكرة فكرته.", "L'idée a été retirée par son auteur.");
        };
    }

    /** A retained idea that fed openness projects names them; without projects it is simply retained. */
    public static LocalizedText retainedFor(java.util.List<LocalizedText> projectTitles) {
        if (projectTitles.isEmpty()) {
            return of(IdeaState.RETAINED, null, null);
        }
        String ar = String.join("، ", projectTitles.stream().map(t -> "«" + t.ar() + "»").toList());
        String fr = String.join(", ", projectTitles.stream()
                .map(t -> "« " + (t.fr() == null || t.fr().isBlank() ? t.ar() : t.fr()) + " »").toList());
        boolean one = projectTitles.size() == 1;
        return new LocalizedText("تم الاحتفاظ بالفكرة، وغذت " + (one ? "مشروع الانفتاح " : "مشاريع الانفتاح ") + ar + ".",
                "L'idée a été retenue et a nourri " + (one ? "le projet d'ouverture " : "les projets d'ouverture ") + fr + ".");
    }
}
