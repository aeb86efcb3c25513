package ma.remacto.benchmarks.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic load data, clearly marked as such: members are named {@code synthetic-commune-NNNN}, every
 * idea's category is {@value #MARK} and its batch id starts with {@code synthetic-}. The texts are
 * built from the vocabulary of the real programmes (roads, lighting, waste, access to information…),
 * in the spelling variants citizens use, so the index and the queries look like the real thing.
 * Deterministic for a seed.
 */
public final class SyntheticIdeas {

    public static final String MARK = "اصطناعي - synthétique";

    static final List<String> SUBJECTS = List.of("الطرق", "الإنارة العمومية", "النفايات", "المساحات الخضراء",
            "النقل الحضري", "الماء الصالح للشرب", "الصرف الصحي", "الملاعب الرياضية", "دور الشباب", "المستوصفات",
            "الأسواق", "المدارس", "الولوج إلى المعلومة", "ميزانية الجماعة", "الصفقات العمومية", "البوابة الإلكترونية",
            "العرائض", "الجمعيات", "الحدائق", "مواقف السيارات", "الكلاب الضالة", "الأرصفة", "المشاريع", "الخدمات الإدارية",
            "الحالة المدنية", "رخص البناء", "الأحياء الناقصة التجهيز", "فضاءات الأطفال", "المكتبات", "المرافق العمومية");
    static final List<String> PLACES = List.of("حي السلام", "حي النصر", "المدينة القديمة", "الحي الصناعي", "وسط المدينة",
            "حي الرياض", "الحي الجديد", "حي المسيرة", "الشاطئ", "المحطة الطرقية", "حي الأمل", "الدواوير المجاورة");
    static final List<String> PROBLEMS = List.of("ضعف %s في %s", "غياب %s ب%s", "صعوبة الولوج إلى %s في %s",
            "تدهور حالة %s في %s", "قلة %s بالنسبة لسكان %s", "سوء تدبير %s في %s", "انعدام المعلومة حول %s في %s");
    static final List<String> SOLUTIONS = List.of("إحداث %s جديدة في %s", "تأهيل %s وصيانتها بانتظام في %s",
            "نشر المعطيات المتعلقة ب%s على البوابة لفائدة سكان %s", "رقمنة %s وتبسيط المساطر في %s",
            "إشراك الجمعيات في تتبع %s ب%s", "برمجة مشروع لتحسين %s في %s");
    static final List<String> QUERIES = List.of("الطرق", "الإنارة العمومية", "النفايات", "المساحات الخضراء",
            "النقل الحضري", "الماء الصالح", "الصرف الصحي", "ملاعب", "دار الشباب", "المستوصف", "الاسواق", "مدرسة",
            "الولوج الى المعلومه", "الميزانيه", "الصفقات", "البوابه الالكترونيه", "عريضة", "جمعيه", "حديقة",
            "موقف السيارات", "الكلاب", "رصيف", "مشروع", "الخدمات", "رخصة البناء", "فضاء الاطفال", "مكتبة",
            "إنارة حي السلام", "طرق المدينة القديمة", "نفايات الحي الصناعي", "وبالمشاريع", "للمواطنين", "تأهيل الطرق",
            "نشر المعطيات", "رقمنة الخدمات", "المرافق العمومية الاحياء");

    private final SplittableRandom random;

    public SyntheticIdeas(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static String memberSlug(int index) {
        return String.format("synthetic-commune-%04d", index);
    }

    public Map<String, Object> row() {
        String subject = pick(SUBJECTS);
        String place = pick(PLACES);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("axisCode", "S1");
        row.put("category", MARK);
        // The marker word is part of the text so search can count synthetic ideas.
        row.put("problem", String.format(pick(PROBLEMS), subject, place) + "، " + String.format(pick(PROBLEMS),
                pick(SUBJECTS), place) + " (اصطناعي)");
        row.put("proposedSolution", String.format(pick(SOLUTIONS), subject, place));
        return row;
    }

    public List<Map<String, Object>> rows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row());
        }
        return rows;
    }

    public String query() {
        return pick(QUERIES);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
