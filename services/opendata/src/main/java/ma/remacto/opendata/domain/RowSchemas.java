package ma.remacto.opendata.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ma.remacto.opendata.domain.TableSchema.Field;

/**
 * The columns of every kind's rows (public, non-personal fields of the other services' cards) and the texts that
 * name each kind. Lists (principles, idea ids, themes, organisations) are one string, values separated by {@code ;}.
 */
public final class RowSchemas {

    private static final Map<DatasetKind, TableSchema> SCHEMAS = new EnumMap<>(DatasetKind.class);
    private static final Map<DatasetKind, LocalizedText> NAMES = new EnumMap<>(DatasetKind.class);

    static {
        NAMES.put(DatasetKind.IDEAS, new LocalizedText("أفكار", "Idées"));
        NAMES.put(DatasetKind.PROJECTS, new LocalizedText("مشاريع الانفتاح", "Projets d'ouverture"));
        NAMES.put(DatasetKind.ACTIVITIES, new LocalizedText("أنشطة مشاريع الانفتاح", "Activités des projets d'ouverture"));
        NAMES.put(DatasetKind.PLANS, new LocalizedText("برامج عمل الانفتاح", "Programmes d'action d'ouverture"));
        NAMES.put(DatasetKind.CONSULTATIONS, new LocalizedText("الاستشارات العمومية", "Consultations publiques"));
        NAMES.put(DatasetKind.MEETINGS, new LocalizedText("اللقاءات التشاركية", "Rencontres participatives"));
        NAMES.put(DatasetKind.PETITIONS, new LocalizedText("العرائض", "Pétitions"));
        NAMES.put(DatasetKind.STATISTICS, new LocalizedText("إحصائيات الأفكار", "Statistiques des idées"));

        SCHEMAS.put(DatasetKind.IDEAS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                i("number", "الرقم", "Numéro"), s("axis_code", "رمز المحور", "Code de l'axe"),
                s("category", "الفئة", "Catégorie"), s("source", "المصدر", "Source"), s("state", "الحالة", "État"),
                s("problem", "الإشكالية", "Problème"), s("proposed_solution", "الحل المقترح", "Solution proposée"),
                s("outcome_ar", "مآل الفكرة (عربية)", "Suite donnée (arabe)"),
                s("outcome_fr", "مآل الفكرة (فرنسية)", "Suite donnée (français)"),
                s("merged_into", "مدمجة في", "Fusionnée dans"), s("project_ids", "المشاريع", "Projets"),
                i("support_count", "عدد الدعم", "Soutiens"), dt("submitted_at", "تاريخ الإيداع", "Déposée le"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.PROJECTS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("plan_id", "برنامج العمل", "Programme d'action"), s("period", "الفترة", "Période"),
                s("kind", "النوع", "Type"), s("axis_code", "رمز المحور", "Code de l'axe"),
                s("title_ar", "العنوان (عربية)", "Titre (arabe)"), s("title_fr", "العنوان (فرنسية)", "Titre (français)"),
                n("estimated_budget", "الميزانية التقديرية (درهم)", "Budget estimé (MAD)"),
                s("funding_source", "مصدر التمويل", "Source de financement"),
                n("progress", "نسبة التقدم (%)", "Avancement (%)"), s("completion", "مستوى الإنجاز", "Niveau d'achèvement"),
                s("principles", "المبادئ", "Principes"), s("competence", "الاختصاص", "Compétence"),
                s("idea_ids", "الأفكار", "Idées"), i("activities", "عدد الأنشطة", "Nombre d'activités"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.ACTIVITIES, schema(
                s("id", "المعرف", "Identifiant"), s("project_id", "المشروع", "Projet"),
                s("activity_id", "النشاط", "Activité"), s("member", "الجماعة", "Collectivité"),
                s("region", "الجهة", "Région"), s("title", "العنوان", "Titre"), d("start", "البداية", "Début"),
                d("end", "النهاية", "Fin"), n("weight", "الوزن (%)", "Poids (%)"), s("status", "الحالة", "Statut"),
                i("progress", "نسبة التقدم (%)", "Avancement (%)"),
                s("responsible_service", "المصلحة المسؤولة", "Service responsable"),
                n("estimated_cost", "الكلفة التقديرية (درهم)", "Coût estimé (MAD)")));
        SCHEMAS.put(DatasetKind.PLANS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("period", "الفترة", "Période"), d("start_date", "البداية", "Début"), d("end_date", "النهاية", "Fin"),
                s("format", "الصيغة", "Format"), s("title_ar", "العنوان (عربية)", "Titre (arabe)"),
                s("title_fr", "العنوان (فرنسية)", "Titre (français)"), s("status", "الحالة", "Statut"),
                s("consultation_id", "الاستشارة", "Consultation"), s("adoption_session", "دورة المصادقة", "Session d'adoption"),
                d("adoption_date", "تاريخ المصادقة", "Date d'adoption"), i("amendments", "عدد التعديلات", "Amendements"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.CONSULTATIONS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("plan_id", "برنامج العمل", "Programme d'action"), s("programme", "الفترة", "Période"),
                s("title_ar", "العنوان (عربية)", "Titre (arabe)"), s("title_fr", "العنوان (فرنسية)", "Titre (français)"),
                dt("opens_at", "الافتتاح", "Ouverture"), dt("closes_at", "الإغلاق", "Clôture"),
                s("status", "الحالة", "Statut"), i("contributions_published", "المساهمات المنشورة", "Contributions publiées"),
                b("recorded_by_staff", "مسجلة من طرف الإدارة", "Saisie par les services"),
                i("recorded_contributions", "المساهمات المسجلة", "Contributions saisies"),
                i("participants_total", "عدد المشاركين", "Participants"),
                i("participants_female", "المشاركات", "Participantes"), i("participants_male", "المشاركون", "Participants hommes"),
                s("summary_themes", "محاور الخلاصة", "Thèmes de la synthèse"),
                dt("summary_published_at", "تاريخ نشر الخلاصة", "Synthèse publiée le"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.MEETINGS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("kind", "النوع", "Type"), s("title_ar", "العنوان (عربية)", "Titre (arabe)"),
                s("title_fr", "العنوان (فرنسية)", "Titre (français)"), d("date", "التاريخ", "Date"),
                s("place", "المكان", "Lieu"), s("programme", "الفترة", "Période"),
                i("participants_total", "عدد المشاركين", "Participants"),
                i("participants_female", "النساء", "Femmes"), i("participants_male", "الرجال", "Hommes"),
                i("participants_gender_unknown", "الجنس غير محدد", "Genre inconnu"),
                i("participants_under_18", "أقل من 18", "Moins de 18 ans"), i("participants_18_24", "18-24", "18-24 ans"),
                i("participants_25_34", "25-34", "25-34 ans"), i("participants_35_44", "35-44", "35-44 ans"),
                i("participants_45_59", "45-59", "45-59 ans"), i("participants_60_plus", "60 فما فوق", "60 ans et plus"),
                i("participants_age_unknown", "السن غير محدد", "Âge inconnu"),
                s("organisations", "الهيئات", "Organisations"), i("ideas_collected", "الأفكار المجمعة", "Idées recueillies"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.PETITIONS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("member_kind", "نوع الجماعة", "Type de collectivité"),
                s("petitioner_kind", "صفة مقدم العريضة", "Pétitionnaire"),
                s("association_name", "الجمعية", "Association"), s("title_ar", "العنوان (عربية)", "Titre (arabe)"),
                s("title_fr", "العنوان (فرنسية)", "Titre (français)"), s("subject", "الموضوع", "Objet"),
                s("status", "الحالة", "Statut"), s("receipt_number", "رقم الوصل", "Numéro de récépissé"),
                d("filed_on", "تاريخ الإيداع", "Déposée le"), d("admissible_on", "تاريخ القبول", "Recevable le"),
                d("session_date", "تاريخ الدورة", "Date de la session"), i("signatures", "التوقيعات", "Signatures"),
                i("required_signatures", "التوقيعات المطلوبة", "Signatures requises"),
                s("threshold_source", "السند القانوني للعتبة", "Source du seuil"), s("decision", "القرار", "Décision"),
                d("decided_on", "تاريخ القرار", "Décidée le"),
                b("recorded_by_staff", "مسجلة من طرف الإدارة", "Saisie par les services"),
                dt("updated_at", "تاريخ التحديث", "Mise à jour")));
        SCHEMAS.put(DatasetKind.STATISTICS, schema(
                s("id", "المعرف", "Identifiant"), s("member", "الجماعة", "Collectivité"), s("region", "الجهة", "Région"),
                s("measure", "المؤشر", "Mesure"), s("axis_code", "رمز المحور", "Code de l'axe"),
                s("state", "الحالة", "État"), i("count", "العدد", "Nombre")));
    }

    private RowSchemas() {
    }

    public static TableSchema of(DatasetKind kind) {
        return SCHEMAS.get(kind);
    }

    /** The kind's name in Arabic and French ("أفكار" / "Idées"). */
    public static LocalizedText name(DatasetKind kind) {
        return NAMES.get(kind);
    }

    private static TableSchema schema(Field... fields) {
        return new TableSchema(List.of(fields), "id");
    }

    private static Field s(String name, String ar, String fr) {
        return new Field(name, "string", new LocalizedText(ar, fr));
    }

    private static Field i(String name, String ar, String fr) {
        return new Field(name, "integer", new LocalizedText(ar, fr));
    }

    private static Field n(String name, String ar, String fr) {
        return new Field(name, "number", new LocalizedText(ar, fr));
    }

    private static Field b(String name, String ar, String fr) {
        return new Field(name, "boolean", new LocalizedText(ar, fr));
    }

    private static Field d(String name, String ar, String fr) {
        return new Field(name, "date", new LocalizedText(ar, fr));
    }

    private static Field dt(String name, String ar, String fr) {
        return new Field(name, "datetime", new LocalizedText(ar, fr));
    }
}
