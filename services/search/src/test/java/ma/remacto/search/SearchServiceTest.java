package ma.remacto.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestStack;
import ma.remacto.platform.test.TestTokens;
import ma.remacto.search.events.SearchSubscriptions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search service on the real components: Kafka (ideation, projects and members topics), the MongoDB-wire server
 * (member read model, dedupe, rebuild records) and Elasticsearch 8.19 with the REMACTO Arabic analysis plugin. Ideas
 * and projects arrive as ideation and the projects service publish them; everything is asserted over HTTP.
 */
@ServiceTest
@TestPropertySource(properties = {
        // Small, slowed-down batches: a rebuild lasts long enough to search and publish while it runs.
        "remacto.search.rebuild-batch-size=20",
        "remacto.search.rebuild-throttle=150ms"})
@SuppressWarnings("unchecked")
class SearchServiceTest {

    static final String ALIAS = "test" + System.nanoTime() + "-proposals";
    static final String TTA = "tanger-tetouan-al-hoceima";
    static final String ORIENTAL = "oriental";
    static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient ES = HttpClient.newHttpClient();
    static final String ARABIC_INVALID_INPUT = "بيانات غير صالحة";

    /** Every idea id published with a valid card, to compare with what a rebuild indexes. */
    static final Set<String> IDEAS = ConcurrentHashMap.newKeySet();
    /** Every project id published, public or not (one that is not public keeps a removal marker). */
    static final Set<String> PROJECTS = ConcurrentHashMap.newKeySet();
    /** Published: the electronic complaints desk of Larache, and the Tanger-Tétouan-Al Hoceïma OGP commitment. */
    static final String DESK = ProjectEvents.id(Instant.parse("2024-02-10T09:00:00Z"), 1);
    static final String OPEN_DATA = ProjectEvents.id(Instant.parse("2024-02-12T09:00:00Z"), 2);
    /** Published, then unpublished; never published. */
    static final String UNPUBLISHED = ProjectEvents.id(Instant.parse("2024-02-14T09:00:00Z"), 3);
    static final String DRAFT = ProjectEvents.id(Instant.parse("2024-02-16T09:00:00Z"), 4);
    /** The desk's card as the fixtures leave it (version 2), for later events of the desk. */
    static volatile ProjectCard deskCard;
    static final AtomicBoolean LOADED = new AtomicBoolean();

    @LocalServerPort
    int port;
    @Autowired
    MemberDirectory directory;
    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("remacto.search.elasticsearch-url", TestStack::elasticsearchUrl);
        registry.add("remacto.search.alias", () -> ALIAS);
    }

    @BeforeAll
    static void needsThePlugin() {
        assumeFalse(TestStack.containers(), "the official Elasticsearch image has no REMACTO analysis plugin");
    }

    @BeforeEach
    void fixtures() {
        if (LOADED.getAndSet(true)) {
            return;
        }
        // A region with two communes (Tanger-Tétouan-Al Hoceïma: Tétouan, Larache), another region's commune.
        TestMembers.publish(List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("tetouan", TTA),
                TestMembers.Member.commune("larache", TTA), TestMembers.Member.region(ORIENTAL),
                TestMembers.Member.commune("beni-ansar", ORIENTAL)));
        await("member read model", Duration.ofSeconds(30), () -> directory.find("beni-ansar").isPresent()
                && directory.find("larache").isPresent() && directory.find("tetouan").isPresent());

        try (IdeaEvents events = new IdeaEvents()) {
            submit(events, IdeaEvents.card("idea-a", "larache", 641, "A2", "DIGITAL", "RECEIVED",
                    "ضعف الإنارة العمومية في الأحياء الشعبية", "تعميم الإنارة بالطاقة الشمسية في الأزقة", MARCH, 1).build());
            // 23:30 UTC on 2 March is 00:30 on 3 March in Casablanca.
            submit(events, IdeaEvents.card("idea-b", "larache", 642, "A3", "LIVE_WORKSHOP", "IN_PROCESSING",
                    "غياب المعلومة حول المشاريع الجماعية", "نشر لوحة للمعطيات المفتوحة حول تقدم كل مشروع",
                    Instant.parse("2024-03-02T23:30:00Z"), 1).build());
            submit(events, IdeaEvents.card("idea-c", "tetouan", 15, "A1", "DIGITAL", "RETAINED",
                    "تدهور حالة الطرقات في المدينة العتيقة",
                    "برمجة صيانة دورية للطرق ضمن المشروع الجماعي وإشراك الساكنة في تتبع الأشغال",
                    Instant.parse("2024-04-10T09:00:00Z"), 1)
                    .setOutcome(IdeaEvents.text("أدرجت الفكرة في مشروع الانفتاح",
                            "L'idée a été retenue dans un projet d'ouverture")).build());
            submit(events, IdeaEvents.card("idea-d", "beni-ansar", 7, "B1", "DIGITAL", "RECEIVED",
                    "Manque d'accès à l'éducation numérique pour les jeunes",
                    "Créer des espaces numériques dans les maisons de jeunes", Instant.parse("2024-04-15T09:00:00Z"), 1)
                    .build());
            submit(events, IdeaEvents.card("idea-e", "beni-ansar", 8, "B1", "CONSULTATION", "RECEIVED",
                    "ضعف المشاركة المواطنة في إعداد المشاريع", "تنظيم لقاءات تشاورية دورية مع الجمعيات",
                    Instant.parse("2024-05-01T09:00:00Z"), 1).build());
            submit(events, IdeaEvents.card("idea-f", "tetouan", 16, "A1", "DIGITAL", "RECEIVED",
                    "انعدام الإنارة العمومية في الطريق المؤدية إلى الحي الجامعي", "تركيب أعمدة الإنارة",
                    Instant.parse("2024-05-03T09:00:00Z"), 1).build());
            // Withdrawn by its submitter: stays indexed, left out of results unless asked for.
            IdeaCard withdrawn = IdeaEvents.card("idea-w", "larache", 651, "A2", "DIGITAL", "RECEIVED",
                    "الإنارة ضعيفة قرب المدرسة", "إضافة مصابيح الإنارة", Instant.parse("2024-05-05T09:00:00Z"), 1).build();
            submit(events, withdrawn);
            events.stateChanged(withdrawn.toBuilder().setState("WITHDRAWN").setVersion(2)
                    .setOutcome(IdeaEvents.text("سحب صاحب(ة) الفكرة فكرته.", "L'idée a été retirée par son auteur."))
                    .build(), "RECEIVED");
            // Version 3 first, then a late version 2 under a new event id: the late one must not win.
            IdeaCard fresh = IdeaEvents.card("idea-s", "larache", 650, "A1", "DIGITAL", "RECEIVED",
                    "تلوث مياه الوادي بالنفايات", "حملة تنظيف الوادي", Instant.parse("2024-06-01T09:00:00Z"), 3).build();
            submit(events, fresh);
            double staleBefore = staleCount();
            events.edited(fresh.toBuilder().setVersion(2).setProblem("نص قديم عن السوق الأسبوعي").build(),
                    List.of("problem"));
            await("stale event skipped", Duration.ofSeconds(20), () -> staleCount() > staleBefore);
        }
        publishProjects();
        await("fixtures searchable", Duration.ofSeconds(20), () -> total(search("q=" + enc("الوادي"))) == 1
                && total(search("q=" + enc("Créer des espaces"))) == 1
                && total(search("q=" + enc("الإنارة") + "&state=WITHDRAWN")) == 1);
        await("projects indexed", Duration.ofSeconds(20), () -> ids(search("q=" + enc("شكايه"))).equals(List.of(DESK))
                && progressOf(items(search("q=" + enc("شكايه"))).getFirst()) == 37.5
                && total(search("q=" + enc("البيانات الجهويه"))) == 1
                && esVersion(UNPUBLISHED) == 2 && esVersion(DRAFT) == 1);
    }

    /**
     * The projects service's events, as it publishes them: a published project whose progress is then recorded, an
     * OGP commitment, a project published then unpublished, and one never published (a draft). Their texts share no
     * word with the ideas above, so the ideas' exact expectations hold whatever the projects.
     */
    static void publishProjects() {
        ProjectCard desk = ProjectEvents.card(DESK, "larache", "A3", 1, "إحداث الشباك الإلكتروني لتتبع الشكايات",
                "Guichet numérique des réclamations", true)
                .setProblem(ProjectEvents.problem(List.of("تأخر الرد على شكايات المرتفقين"),
                        List.of("غياب سجل موحد للشكايات", "ضياع الوثائق بين المصالح"), List.of("تراجع ثقة المرتفقين")))
                .addProposedSolution("رقمنة مسار الشكاية من الإيداع إلى الرد")
                .addProposedSolution("نشر آجال المعالجة على البوابة").build();
        deskCard = ProjectEvents.next(desk).setProgress("37.50").build();
        ProjectCard openData = ProjectEvents.commitment(ProjectEvents.card(OPEN_DATA, TTA, "A3", 2,
                "بوابة جهوية للبيانات المفتوحة", "Portail régional des données publiques", true)
                .setProblem(ProjectEvents.problem(List.of("صعوبة الحصول على البيانات الجهوية"), List.of(), List.of())),
                "SUBSTANTIAL", "نشر مجموعات البيانات الجهوية بصيغ قابلة لإعادة الاستعمال").build();
        ProjectCard unpublished = ProjectEvents.card(UNPUBLISHED, "larache", "A1", 3,
                "تجهيز قاعة متعددة الوسائط بدار الشباب", "Salle multimédia de la maison des jeunes", true).build();
        ProjectCard draft = ProjectEvents.card(DRAFT, "tetouan", "A1", 1, "تنظيم مهرجان سنوي لفن العيطة",
                "Festival annuel de l'aïta", false).build();
        PROJECTS.addAll(List.of(DESK, OPEN_DATA, UNPUBLISHED, DRAFT));
        ProjectEvents.publish(ProjectEvents.planDrafted("plan-larache", "larache"),
                ProjectEvents.formulated(desk), ProjectEvents.progressRecorded(deskCard, 0, 75),
                ProjectEvents.formulated(openData),
                ProjectEvents.formulated(unpublished),
                ProjectEvents.publicationChanged(ProjectEvents.next(unpublished).setPublished(false).build()),
                ProjectEvents.formulated(draft));
    }

    // --- Arabic and French, however spelled ----------------------------------------------------------------

    @Test
    void findsIdeasHoweverTheQueryIsSpelled() {
        assertThat(ids(search("q=" + enc("الانارة")))).as("hamza: إ written ا").containsExactlyInAnyOrder("idea-a", "idea-f");
        assertThat(ids(search("q=" + enc("إنارة")))).as("without the article").contains("idea-a", "idea-f");
        assertThat(ids(search("q=" + enc("المعلومه")))).as("taa marbuta written ه").containsExactly("idea-b");
        assertThat(ids(search("q=" + enc("وبالمشروع")))).as("stacked proclitics, singular for a plural")
                .contains("idea-b", "idea-e");
        assertThat(ids(search("q=" + enc("مشروع")))).as("broken plural المشاريع").contains("idea-b", "idea-e");
        assertThat(ids(search("q=" + enc("المشاريع")))).as("plural finds the singular too").contains("idea-c");
        assertThat(ids(search("q=" + enc("الطريق")))).as("طرقات and طرق are plurals of طريق").contains("idea-c", "idea-f");
        assertThat(ids(search("q=" + enc("education")))).as("French without accents").containsExactly("idea-d");
        assertThat(ids(search("q=" + enc("l'Éducation numériques")))).as("elision, accents, plural").containsExactly("idea-d");
        assertThat(ids(search("q=" + enc("ouverture")))).as("the French outcome").containsExactly("idea-c");
        assertThat(ids(search("q=" + enc("زلزال")))).as("absent word").isEmpty();
    }

    @Test
    void aQueryInDoubleQuotesIsAPhrase() {
        assertThat(ids(search("q=" + enc("\"الانارة العمومية\"")))).containsExactlyInAnyOrder("idea-a", "idea-f");
        assertThat(ids(search("q=" + enc("\"العمومية الإنارة\"")))).as("words in another order").isEmpty();
        Map<String, Object> phrase = search("q=" + enc("\"الإنارة العمومية\"") + "&member=larache");
        assertThat(highlights(phrase, "idea-a", "problem")).singleElement().asString()
                .contains("<em>الإنارة العمومية</em>");
    }

    // --- filters, facets, highlights, sort, paging ----------------------------------------------------------

    @Test
    void aRegionHoldsItsCommunesOnly() {
        List<Map<String, Object>> tta = items(search("q=" + enc("المشاريع") + "&region=" + TTA));
        assertThat(tta).extracting(i -> i.get("id")).containsExactlyInAnyOrder("idea-b", "idea-c");
        assertThat(tta).extracting(i -> i.get("member")).allMatch(m -> m.equals("larache") || m.equals("tetouan"));
        assertThat(tta).extracting(i -> i.get("region")).containsOnly(TTA);
        assertThat(ids(search("q=" + enc("المشاريع") + "&region=" + ORIENTAL))).containsExactly("idea-e");
        assertThat(ids(search("q=" + enc("المشاريع") + "&member=beni-ansar"))).containsExactly("idea-e");
    }

    @Test
    void facetsCountWhatEachChoiceWouldGive() {
        Map<String, Object> all = search("q=" + enc("المشاريع"));
        assertThat(total(all)).isEqualTo(3);
        assertThat(facet(all, "member")).containsEntry("larache", 1L).containsEntry("tetouan", 1L)
                .containsEntry("beni-ansar", 1L);
        assertThat(facet(all, "region")).containsExactlyInAnyOrderEntriesOf(Map.of(TTA, 2L, ORIENTAL, 1L));
        assertThat(facet(all, "state")).containsExactlyInAnyOrderEntriesOf(
                Map.of("IN_PROCESSING", 1L, "RETAINED", 1L, "RECEIVED", 1L));
        assertThat(facet(all, "source")).containsExactlyInAnyOrderEntriesOf(
                Map.of("LIVE_WORKSHOP", 1L, "DIGITAL", 1L, "CONSULTATION", 1L));
        // Months in Casablanca: idea-b was submitted at 00:30 on 3 March local time.
        assertThat(facet(all, "month")).containsExactlyInAnyOrderEntriesOf(
                Map.of("2024-03", 1L, "2024-04", 1L, "2024-05", 1L));
        List<Map<String, Object>> axes = (List<Map<String, Object>>) ((Map<String, Object>) all.get("facets")).get("axis");
        assertThat(axes).anySatisfy(a -> assertThat(a).containsEntry("value", "axis-larache-A3")
                .containsEntry("label", "A3").containsEntry("count", 1));

        // Choosing a member narrows the results and the other facets, not the member facet itself.
        Map<String, Object> larache = search("q=" + enc("المشاريع") + "&member=larache");
        assertThat(ids(larache)).containsExactly("idea-b");
        assertThat(facet(larache, "member")).containsEntry("larache", 1L).containsEntry("tetouan", 1L)
                .containsEntry("beni-ansar", 1L);
        assertThat(facet(larache, "region")).containsExactlyEntriesOf(Map.of(TTA, 1L));
        assertThat(facet(larache, "state")).containsExactlyEntriesOf(Map.of("IN_PROCESSING", 1L));
    }

    @Test
    void answersCarryHighlightsScoresOutcomesAndTheEngineTime() {
        Map<String, Object> answer = search("q=" + enc("الانارة") + "&member=larache");
        assertThat(highlights(answer, "idea-a", "problem")).singleElement().asString().contains("<em>الإنارة</em>");
        assertThat(highlights(answer, "idea-a", "proposedSolution")).isNotEmpty();
        Map<String, Object> a = items(answer).getFirst();
        assertThat(a).containsEntry("kind", "IDEA").containsEntry("member", "larache").containsEntry("number", 641)
                .containsEntry("axisCode", "A2").containsEntry("state", "RECEIVED").containsEntry("source", "DIGITAL")
                .containsEntry("submittedAt", "2024-03-01T10:00:00Z");
        assertThat(((Number) a.get("score")).doubleValue()).isPositive();
        assertThat(answer).containsKeys("tookMs", "suggestion", "facets").containsEntry("page", 0).containsEntry("size", 20);
        assertThat(((Number) answer.get("tookMs")).longValue()).isNotNegative();

        Map<String, Object> retained = items(search("q=" + enc("الطرقات"))).getFirst();
        assertThat((Map<String, Object>) retained.get("outcome")).containsEntry("fr",
                "L'idée a été retenue dans un projet d'ouverture");
    }

    @Test
    void sortsByNewestAndPagesStably() {
        assertThat(ids(search("q=" + enc("الانارة") + "&sort=newest"))).containsExactly("idea-f", "idea-a");
        Map<String, Object> first = search("q=" + enc("الانارة") + "&sort=newest&size=1&page=0");
        Map<String, Object> second = search("q=" + enc("الانارة") + "&sort=newest&size=1&page=1");
        assertThat(ids(first)).containsExactly("idea-f");
        assertThat(ids(second)).containsExactly("idea-a");
        assertThat(first).containsEntry("totalItems", 2).containsEntry("totalPages", 2).containsEntry("size", 1);
        assertThat(ids(search("q=" + enc("الانارة") + "&size=1&page=2"))).isEmpty();
    }

    @Test
    void filtersByPeriodInCasablancaTime() {
        assertThat(ids(search("q=" + enc("المعلومه") + "&from=2024-03-03&to=2024-03-03"))).containsExactly("idea-b");
        assertThat(ids(search("q=" + enc("المعلومه") + "&from=2024-03-02&to=2024-03-02"))).isEmpty();
        assertThat(ids(search("q=" + enc("المشاريع") + "&from=2024-04-01"))).containsExactlyInAnyOrder("idea-c", "idea-e");
        assertThat(ids(search("q=" + enc("المشاريع") + "&state=RETAINED"))).containsExactly("idea-c");
        assertThat(ids(search("q=" + enc("المشاريع") + "&source=CONSULTATION"))).containsExactly("idea-e");
        assertThat(ids(search("q=" + enc("المشاريع") + "&axis=axis-larache-A3"))).containsExactly("idea-b");
    }

    @Test
    void withdrawnIdeasAreLeftOutUnlessAskedFor() {
        assertThat(ids(search("q=" + enc("الإنارة")))).doesNotContain("idea-w");
        assertThat(facet(search("q=" + enc("الإنارة")), "state")).doesNotContainKey("WITHDRAWN");
        assertThat(ids(search("q=" + enc("الإنارة") + "&state=WITHDRAWN"))).containsExactly("idea-w");
    }

    @Test
    void aStaleEventNeverOverwritesANewerDocument() {
        assertThat(ids(search("q=" + enc("الوادي")))).containsExactly("idea-s");
        assertThat(ids(search("q=" + enc("السوق الأسبوعي")))).isEmpty();
        assertThat(items(search("q=" + enc("الوادي"))).getFirst()).containsEntry("supportCount", 2);
    }

    @Test
    void suggestsACorrectionWhenAQueryFindsLittle() {
        Map<String, Object> misspelt = search("q=" + enc("المشرع"));
        assertThat(total(misspelt)).isZero();
        assertThat(misspelt.get("suggestion")).isEqualTo("المشروع");
        // The correction is written as the ideas write it (hamza, taa marbuta), not in the index's normal form.
        assertThat(search("q=" + enc("الإنارت")).get("suggestion")).isEqualTo("الإنارة");
        assertThat(search("q=" + enc("تقدم المشرع")).get("suggestion")).isEqualTo("تقدم المشروع");
        assertThat(search("q=" + enc("الانارة")).get("suggestion")).as("enough hits: nothing to suggest").isNull();
    }

    @Test
    void similarIdeasOfTheMemberAndOfTheNetwork() {
        Map<String, Object> similar = get("/api/search/similar?member=larache&text="
                + enc("الإنارة العمومية ضعيفة جدا في حينا")).body();
        List<Map<String, Object>> member = (List<Map<String, Object>>) similar.get("member");
        List<Map<String, Object>> network = (List<Map<String, Object>>) similar.get("network");
        assertThat(member).extracting(i -> i.get("id")).contains("idea-a").doesNotContain("idea-w", "idea-f");
        assertThat(network).extracting(i -> i.get("id")).contains("idea-f").doesNotContain("idea-a", "idea-w");
        assertThat(network).extracting(i -> i.get("member")).doesNotContain("larache");

        Map<String, Object> anywhere = get("/api/search/similar?size=1&text=" + enc("صيانة الطرق")).body();
        assertThat((List<?>) anywhere.get("member")).isEmpty();
        assertThat((List<Map<String, Object>>) anywhere.get("network")).extracting(i -> i.get("id")).containsExactly("idea-c");
    }

    // --- projects ------------------------------------------------------------------------------------------

    @Test
    void findsPublishedProjectsHoweverTheQueryIsSpelled() {
        assertThat(ids(search("q=" + enc("الالكتروني")))).as("hamza: إ written ا").containsExactly(DESK);
        assertThat(ids(search("q=" + enc("شكايه")))).as("taa marbuta written ه, the singular of شكايات")
                .containsExactly(DESK);
        assertThat(ids(search("q=" + enc("وثيقه")))).as("the singular of the broken plural الوثائق").containsExactly(DESK);
        assertThat(ids(search("q=" + enc("وللشكاية")))).as("stacked proclitics").containsExactly(DESK);
        assertThat(ids(search("q=" + enc("reclamation")))).as("the French title, without accent, singular")
                .containsExactly(DESK);
        assertThat(ids(search("q=" + enc("\"الشباك الالكتروني\"")))).as("a phrase of the title").containsExactly(DESK);
        assertThat(ids(search("q=" + enc("البيانات الجهويه")))).as("an OGP commitment").containsExactly(OPEN_DATA);
        assertThat(ids(search("q=" + enc("الاستعمال")))).as("the commitment's description").containsExactly(OPEN_DATA);
        assertThat(ids(search("q=" + enc("الوسائط")))).as("unpublished").isEmpty();
        assertThat(ids(search("q=" + enc("مهرجان")))).as("never published").isEmpty();
    }

    @Test
    void petitionsOutOfDraftAndConsultationsAreFoundLikeIdeas() {
        String pool = ProjectEvents.id(Instant.parse("2024-07-01T09:00:00Z"), 11);
        String bowls = ProjectEvents.id(Instant.parse("2024-07-01T09:00:00Z"), 12);
        String square = ProjectEvents.id(Instant.parse("2024-07-01T09:00:00Z"), 13);
        PetitionCard poolDraft = ParticipationEvents.petition(pool, "larache", "إحداث مسبح بلدي مغطى بحي الزيتون",
                "غياب مسبح عمومي للأطفال والشباب", "DRAFT", 1).build();
        PetitionCard poolCollecting = poolDraft.toBuilder().setStatus("COLLECTING_SIGNATURES").setVersion(2)
                .setSignatures(12).build();
        ProjectEvents.publish(ParticipationEvents.drafted(poolDraft),
                ParticipationEvents.statusChanged(poolCollecting, "DRAFT"),
                ParticipationEvents.drafted(ParticipationEvents.petition(bowls, "tetouan",
                        "ملعب القرب للكرة الحديدية", "انعدام فضاء لممارسة الكرة الحديدية", "DRAFT", 1).build()),
                ParticipationEvents.scheduled(square, "tetouan", "استشارة عمومية حول تهيئة الساحة الكبرى",
                        "تدعو الجماعة الساكنة إلى إبداء الرأي في تصميم الساحة", List.of("مواقف الدراجات الهوائية",
                                "الكراسي والمظلات")));
        await("petitions and consultations indexed", Duration.ofSeconds(20),
                () -> total(search("q=" + enc("المسبح"))) == 1 && total(search("q=" + enc("الدراجات"))) == 1
                        && esVersion(bowls) == 1);

        Map<String, Object> petition = items(search("q=" + enc("المسبح") + "&kind=PETITION")).getFirst();
        assertThat(petition).containsEntry("id", pool).containsEntry("kind", "PETITION").containsEntry("member", "larache")
                .containsEntry("region", TTA).containsEntry("state", null);
        assertThat((Map<String, Object>) petition.get("title")).containsEntry("ar", "إحداث مسبح بلدي مغطى بحي الزيتون");
        assertThat((String) petition.get("problem")).as("the subject, then the association's public name")
                .isEqualTo("غياب مسبح عمومي للأطفال والشباب\nجمعية أصدقاء الحي");
        assertThat(ids(search("q=" + enc("الحديدية")))).as("a petition still in draft").isEmpty();

        Map<String, Object> consultation = search("q=" + enc("الساحه") + "&region=" + TTA + "&kind=CONSULTATION");
        assertThat(ids(consultation)).containsExactly(square);
        assertThat(facet(consultation, "kind")).containsEntry("CONSULTATION", 1L);
        assertThat(ids(search("q=" + enc("الدراجات") + "&kind=IDEA"))).as("the kind filter").isEmpty();
        assertThat(fieldCodes(get("/api/search?q=x&kind=MEETING", "fr"))).containsEntry("kind", "search.kind.unknown");
    }

    @Test
    void projectHitsCarryTheirKindTitleAndProjectFacts() {
        Map<String, Object> answer = search("q=" + enc("شكايه"));
        Map<String, Object> desk = items(answer).getFirst();
        assertThat(desk).containsEntry("id", DESK).containsEntry("kind", "PROJECT").containsEntry("member", "larache")
                .containsEntry("region", TTA).containsEntry("axisCode", "A3").containsEntry("number", 1)
                .containsEntry("state", null).containsEntry("source", null).containsEntry("outcome", null)
                .containsEntry("submittedAt", "2024-02-10T09:00:00Z");
        // The card's last change (version 2 from the fixtures, 3 once the rebuild test has edited it).
        assertThat((String) desk.get("updatedAt")).matches("2024-06-01T09:00:0[23]Z");
        assertThat((Map<String, Object>) desk.get("title")).containsEntry("ar", "إحداث الشباك الإلكتروني لتتبع الشكايات")
                .containsEntry("fr", "Guichet numérique des réclamations");
        assertThat((Map<String, Object>) desk.get("project")).containsEntry("planId", "plan-larache")
                .containsEntry("period", "2024-2025").containsEntry("kind", "PROJECT").containsEntry("progress", 37.5)
                .containsEntry("completion", null);
        assertThat((String) desk.get("problem")).isEqualTo(
                "تأخر الرد على شكايات المرتفقين\nغياب سجل موحد للشكايات\nضياع الوثائق بين المصالح\nتراجع ثقة المرتفقين");
        assertThat((String) desk.get("proposedSolution")).startsWith("رقمنة مسار الشكاية");
        assertThat(highlights(answer, DESK, "title.ar")).singleElement().asString().contains("<em>الشكايات</em>");
        assertThat(highlights(answer, DESK, "problem")).singleElement().asString().contains("<em>شكايات</em>");

        Map<String, Object> commitment = items(search("q=" + enc("البيانات الجهويه"))).getFirst();
        assertThat(commitment).containsEntry("member", TTA).containsEntry("region", TTA).containsEntry("number", 2);
        assertThat((Map<String, Object>) commitment.get("project")).containsEntry("kind", "COMMITMENT")
                .containsEntry("completion", "SUBSTANTIAL").containsEntry("progress", 0.0);
    }

    @Test
    void theKindIsAFilterAndAFacetAndIdeasOnlyFiltersKeepWorking() {
        Map<String, Object> both = search("q=" + enc("numerique"));
        assertThat(ids(both)).containsExactlyInAnyOrder("idea-d", DESK);
        assertThat(facet(both, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("IDEA", 1L, "PROJECT", 1L));

        Map<String, Object> projects = search("q=" + enc("numerique") + "&kind=PROJECT");
        assertThat(ids(projects)).containsExactly(DESK);
        assertThat(total(projects)).isEqualTo(1);
        assertThat(facet(projects, "kind")).as("the kind facet leaves its own filter out")
                .containsExactlyInAnyOrderEntriesOf(Map.of("IDEA", 1L, "PROJECT", 1L));
        assertThat(facet(projects, "member")).containsExactlyEntriesOf(Map.of("larache", 1L));
        assertThat(facet(projects, "region")).containsExactlyEntriesOf(Map.of(TTA, 1L));
        assertThat(facet(projects, "axis")).containsOnlyKeys("axis-larache-A3");
        assertThat(facet(projects, "month")).as("the formulation month").containsExactlyEntriesOf(Map.of("2024-02", 1L));
        assertThat(facet(projects, "state")).as("ideas-only facets have nothing to count").isEmpty();
        assertThat(facet(projects, "source")).isEmpty();
        assertThat(ids(search("q=" + enc("numerique") + "&kind=IDEA"))).containsExactly("idea-d");

        // Idea states and sources are ideas-only filters: projects have neither.
        Map<String, Object> received = search("q=" + enc("numerique") + "&state=RECEIVED");
        assertThat(ids(received)).containsExactly("idea-d");
        assertThat(facet(received, "kind")).containsExactlyEntriesOf(Map.of("IDEA", 1L));
        assertThat(ids(search("q=" + enc("numerique") + "&source=DIGITAL"))).containsExactly("idea-d");
        // The common filters apply to projects too: region, member, axis, the formulation date.
        assertThat(ids(search("q=" + enc("شكايه") + "&kind=PROJECT&region=" + TTA))).containsExactly(DESK);
        assertThat(ids(search("q=" + enc("شكايه") + "&region=" + ORIENTAL))).isEmpty();
        assertThat(ids(search("q=" + enc("شكايه") + "&axis=axis-larache-A3&member=larache"))).containsExactly(DESK);
        assertThat(ids(search("q=" + enc("شكايه") + "&from=2024-02-10&to=2024-02-10"))).containsExactly(DESK);
        assertThat(ids(search("q=" + enc("شكايه") + "&from=2024-02-11"))).isEmpty();

        assertThat(fieldCodes(get("/api/search?q=x&kind=idea", "fr"))).containsEntry("kind", "search.kind.unknown");
        // Similar ideas stay ideas: the desk's own problem finds no project.
        Map<String, Object> similar = get("/api/search/similar?member=larache&text="
                + enc("تأخر الرد على شكايات المرتفقين وضياع الوثائق")).body();
        assertThat((List<Map<String, Object>>) similar.get("member")).extracting(i -> i.get("id")).doesNotContain(DESK);
        assertThat((List<Map<String, Object>>) similar.get("network")).extracting(i -> i.get("id")).doesNotContain(DESK);
    }

    @Test
    void unpublishingOrWithdrawingAProjectRemovesItAndAStaleEventDoesNotBringItBack() {
        String id = ProjectEvents.id(Instant.parse("2024-02-18T09:00:00Z"), 5);
        PROJECTS.add(id);
        String query = "q=" + enc("فضاء المطالعه");
        ProjectCard v1 = ProjectEvents.card(id, "beni-ansar", "B1", 3, "تهيئة فضاءات للمطالعة العائلية",
                "Salles de lecture familiale", true).build();
        ProjectEvents.publish(ProjectEvents.formulated(v1));
        await("published project found", Duration.ofSeconds(10), () -> ids(search(query)).equals(List.of(id)));
        assertThat(items(search(query)).getFirst()).containsEntry("region", ORIENTAL);

        ProjectCard v2 = ProjectEvents.next(v1).setProgress("50.00").build();
        ProjectEvents.publish(ProjectEvents.progressRecorded(v2, 0, 50));
        await("progress", Duration.ofSeconds(10), () -> progressOf(items(search(query)).getFirst()) == 50.0);

        ProjectCard v3 = ProjectEvents.next(v2).setPublished(false).build();
        ProjectEvents.publish(ProjectEvents.publicationChanged(v3));
        await("unpublished project gone", Duration.ofSeconds(10), () -> ids(search(query)).isEmpty());
        // Removed, not hidden: what is left is the version, so that older events lose against it.
        JsonNode marker = esDoc(id);
        assertThat(marker.get("_version").asLong()).isEqualTo(3);
        assertThat(marker.get("_source").propertyNames()).containsExactlyInAnyOrder("id", "kind", "member", "updatedAt",
                "removed", "version");

        // Version 2 (published) again, under a new event id: stale, the project stays out.
        double staleBefore = staleCount();
        ProjectEvents.publish(ProjectEvents.progressRecorded(v2, 0, 50), ProjectEvents.formulated(v1));
        await("stale project events skipped", Duration.ofSeconds(10), () -> staleCount() >= staleBefore + 2);
        assertThat(ids(search(query))).isEmpty();
        assertThat(esVersion(id)).isEqualTo(3);

        // A newer publication brings it back.
        ProjectCard v4 = ProjectEvents.next(v3).setPublished(true).build();
        ProjectEvents.publish(ProjectEvents.publicationChanged(v4));
        await("published again", Duration.ofSeconds(10), () -> ids(search(query)).equals(List.of(id)));

        // Withdrawn: out of search whatever the card's flag says; and a replayed publication does not undo it.
        ProjectEvents.publish(ProjectEvents.withdrawn(ProjectEvents.next(v4).build(), "أدمج في مشروع آخر"));
        await("withdrawn project gone", Duration.ofSeconds(10), () -> ids(search(query)).isEmpty());
        double staleAfterWithdrawal = staleCount();
        ProjectEvents.publish(ProjectEvents.publicationChanged(v4));
        await("replayed publication skipped", Duration.ofSeconds(10), () -> staleCount() > staleAfterWithdrawal);
        assertThat(ids(search(query))).isEmpty();
        assertThat(ids(search("q=" + enc("lecture familiale")))).isEmpty();
        assertThat(esVersion(id)).isEqualTo(5);
    }

    @Test
    void planEventsAreIgnoredAndUnreadableProjectPayloadsDeadLettered() {
        try (EventProbe dlt = new EventProbe(Topics.PROJECTS.deadLetter())) {
            double plansBefore = consumed(SearchSubscriptions.PROJECTS, "processed", "ActionPlanDrafted");
            ProjectEvents.publish(ProjectEvents.planDrafted("plan-tetouan", "tetouan"),
                    ProjectEvents.malformed("project-poison", MemberRegistered.getDefaultInstance()));
            List<EventEnvelope> parked = dlt.await(e -> e.getAggregateId().equals("project-poison"), 1,
                    Duration.ofSeconds(20));
            assertThat(parked).singleElement()
                    .satisfies(e -> assertThat(e.getEventType()).isEqualTo("OpennessProjectFormulated"));
            await("plan event processed", Duration.ofSeconds(10),
                    () -> consumed(SearchSubscriptions.PROJECTS, "processed", "ActionPlanDrafted") > plansBefore);
            assertThat(dlt.seen()).noneMatch(e -> e.getAggregateId().equals("plan-tetouan"));
        }
    }

    // --- bad input -------------------------------------------------------------------------------------------

    @Test
    void badInputIsABilingualProblem() {
        Response missing = get("/api/search", "fr");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).containsEntry("code", "invalid-input").containsEntry("title", "Données invalides");
        assertThat(fieldCodes(missing)).containsEntry("q", "validation.NotBlank");
        assertThat((Map<String, Object>) missing.body().get("messages")).containsKeys("ar", "fr");

        Response many = get("/api/search?q=" + enc("ا".repeat(201)) + "&from=2024-13-45&to=2024-01-01&sort=popular"
                + "&state=OPEN&member=Larache!&size=500", null);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.body()).as("Arabic by default").containsEntry("title", ARABIC_INVALID_INPUT);
        assertThat(fieldCodes(many)).containsEntry("q", "validation.Size").containsEntry("from", "search.date.invalid")
                .containsEntry("sort", "search.sort.unknown").containsEntry("state", "search.state.unknown")
                .containsEntry("member", "validation.Pattern").containsEntry("size", "paging.size.range");

        assertThat(fieldCodes(get("/api/search?q=x&from=2024-05-02&to=2024-05-01", "fr")))
                .containsEntry("to", "search.period.reversed");
        assertThat(fieldCodes(get("/api/search?q=" + enc("\"  \""), "fr"))).containsEntry("q", "search.phrase.empty");
        assertThat(fieldCodes(get("/api/search?q=x&page=100&size=200", "fr"))).containsEntry("page", "search.page.too-deep");
        assertThat(fieldCodes(get("/api/search?q=x&page=abc", "fr"))).containsEntry("page", "validation.type");
        assertThat(fieldCodes(get("/api/search/similar?size=0", "fr"))).containsEntry("text", "validation.NotBlank")
                .containsEntry("size", "paging.size.range");
        Response arabic = get("/api/search?q=x&sort=popular", null);
        assertThat(((List<Map<String, Object>>) arabic.body().get("errors")).getFirst().get("message"))
                .asString().contains("relevance");
        assertThat(arabic.body().get("detail")).asString().isNotBlank();
    }

    // --- events: freshness, ignored types, poison -------------------------------------------------------------

    @Test
    void aNewIdeaIsFoundWithinTwoSecondsOfItsEventHoweverTheQueryIsSpelled() throws IOException {
        // idea text → a query spelled differently: hamza, taa marbuta, stacked proclitics, broken plural, French.
        List<List<String>> cases = List.of(
                List.of("إصلاح أرصفة ساحة بوجيدة", "اصلاح ارصفة"),
                List.of("غياب الإضاءة في مكتبة الملاح", "مكتبه الملاح"),
                List.of("تجهيز الملعب في حي العقلة", "وبالملعب"),
                List.of("تدهور شوارع سانية الرمل", "شارع"),
                List.of("Manque d'éclairage public à Kouilma", "eclairages KOUILMA"));
        List<Long> delays = new ArrayList<>();
        try (IdeaEvents events = new IdeaEvents()) {
            for (int i = 0; i < cases.size(); i++) {
                String id = "idea-fresh-" + i;
                Instant sent = submit(events, IdeaEvents.card(id, "tetouan", 100 + i, "A1", "DIGITAL", "RECEIVED",
                        cases.get(i).get(0), "برمجة الأشغال", MARCH.plusSeconds(i), 1).build());
                String query = "q=" + enc(cases.get(i).get(1));
                await(id + " findable with " + cases.get(i).get(1), Duration.ofSeconds(2),
                        () -> ids(search(query)).contains(id));
                delays.add(Duration.between(sent, Instant.now()).toMillis());
            }
        }
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        String report = "event acknowledged by Kafka → findable over HTTP, ms: " + delays + " (median "
                + sorted.get(sorted.size() / 2) + ", max " + sorted.getLast() + ")";
        System.out.println(report);
        Files.writeString(Path.of("target/search-freshness.txt"), report + "\n");
        assertThat(sorted.getLast()).isLessThan(2000);
    }

    @Test
    void axisEventsAreIgnoredAndUnreadablePayloadsDeadLettered() {
        try (IdeaEvents events = new IdeaEvents(); EventProbe dlt = new EventProbe(Topics.IDEATION.deadLetter())) {
            double axesBefore = consumed("processed", "AxisDefined");
            events.axisDefined("axis-new", "larache");
            events.malformed("idea-poison", MemberRegistered.getDefaultInstance());
            List<EventEnvelope> parked = dlt.await(e -> e.getAggregateId().equals("idea-poison"), 1, Duration.ofSeconds(20));
            assertThat(parked).singleElement().satisfies(e -> assertThat(e.getEventType()).isEqualTo("IdeaSubmitted"));
            await("axis event processed", Duration.ofSeconds(10), () -> consumed("processed", "AxisDefined") > axesBefore);
            assertThat(dlt.seen()).noneMatch(e -> e.getAggregateId().equals("axis-new"));
        }
    }

    // --- operations ------------------------------------------------------------------------------------------

    @Test
    void readinessIncludesElasticsearchAndMetricsAndApiDocsAreServed() {
        Response readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        Map<String, Object> components = (Map<String, Object>) readiness.body().get("components");
        assertThat(components).containsKey("elasticsearch");
        assertThat((Map<String, Object>) ((Map<String, Object>) components.get("elasticsearch")).get("details"))
                .containsEntry("alias", ALIAS).containsEntry("aliasExists", true);
        search("q=" + enc("الانارة"));
        String prometheus = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(prometheus).contains("remacto_search_indexed_total").contains("remacto_search_requests_seconds_count")
                .contains("service=\"search\"");
        String docs = http().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(docs).contains("/api/search").contains("/api/search/similar").contains("/api/search/rebuilds");
    }

    // --- rebuild -------------------------------------------------------------------------------------------

    @Test
    void aRebuildReplaysTheTopicIntoANewIndexWithoutSearchGoingDark() throws Exception {
        try (IdeaEvents events = new IdeaEvents()) {
            for (int i = 0; i < 120; i++) {
                submit(events, IdeaEvents.card("idea-garden-" + i, i % 2 == 0 ? "tetouan" : "beni-ansar", 1000 + i, "G1",
                        "DIGITAL", "RECEIVED", "صيانة المساحات الخضراء في الحديقة رقم " + i, "غرس الأشجار وتجهيز الكراسي",
                        MARCH.plusSeconds(3600L * i), 1).build());
            }
            // Projects are replayed too (from their own topic): 40 more, all published.
            List<DomainEvent> fillerProjects = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = ProjectEvents.id(Instant.parse("2024-01-01T09:00:00Z").plusSeconds(86_400L * i), 100 + i);
                PROJECTS.add(id);
                fillerProjects.add(ProjectEvents.formulated(ProjectEvents.card(id, i % 2 == 0 ? "tetouan" : "beni-ansar",
                        "G1", i + 1, "تشجير الفضاءات الرياضية رقم " + i, "Reboisement des terrains de sport", true).build()));
            }
            ProjectEvents.publish(fillerProjects.toArray(DomainEvent[]::new));
            await("filler indexed", Duration.ofSeconds(30), () -> total(search("q=" + enc("الخضراء"))) == 120
                    && total(search("q=" + enc("تشجير") + "&kind=PROJECT")) == 40);
            String before = aliasTarget();

            assertThat(post("/api/search/rebuilds", null).status()).isEqualTo(401);
            assertThat(post("/api/search/rebuilds", TestTokens.citizen()).status()).isEqualTo(403);
            assertThat(post("/api/search/rebuilds", TestTokens.pointOfContact("larache")).status()).isEqualTo(403);
            Response started = post("/api/search/rebuilds", TestTokens.networkAdmin());
            assertThat(started.status()).isEqualTo(202);
            String id = (String) started.body().get("id");
            assertThat(started.body()).containsEntry("requestedBy", "admin");
            Response second = post("/api/search/rebuilds", TestTokens.networkAdmin());
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.body()).containsEntry("code", "rebuild.running");

            // Searches keep answering from the old index, then the new one, throughout.
            List<String> failures = new CopyOnWriteArrayList<>();
            List<String> phasesSeen = new CopyOnWriteArrayList<>();
            AtomicBoolean searching = new AtomicBoolean(true);
            Thread searcher = Thread.ofPlatform().start(() -> {
                while (searching.get()) {
                    Response r = get("/api/search?q=" + enc("الانارة"), null);
                    if (r.status() != 200 || !ids(r.body()).contains("idea-a")) {
                        failures.add(r.status() + " " + r.body());
                    }
                    sleepQuietly(40);
                }
            });

            await("replaying", Duration.ofSeconds(20), () -> phase(id).equals("REPLAYING"));
            // Published after the replay's end offsets were taken: the live subscription writes these into the OLD
            // index; only the catch-up after the swap brings them into the new one.
            submit(events, IdeaEvents.card("idea-late", "larache", 700, "A1", "DIGITAL", "RECEIVED",
                    "غياب ممرات الراجلين أمام المستشفى", "رسم ممرات الراجلين", Instant.parse("2024-07-01T09:00:00Z"), 1)
                    .build());
            events.edited(IdeaEvents.card("idea-a", "larache", 641, "A2", "DIGITAL", "RECEIVED",
                    "ضعف الإنارة العمومية في الأحياء الشعبية", "تعميم الإنارة بالألواح الشمسية في الأزقة", MARCH, 2).build(),
                    List.of("proposedSolution"));
            // A project change as late: the catch-up reads it from the projects topic.
            ProjectEvents.publish(ProjectEvents.edited(ProjectEvents.next(deskCard)
                    .addProposedSolution("إرسال إشعار نصي عند كل جواب").build(), List.of("proposedSolution")));
            await("late idea live", Duration.ofSeconds(5), () -> ids(search("q=" + enc("الراجلين"))).contains("idea-late")
                    && ids(search("q=" + enc("إشعار"))).contains(DESK));
            phasesSeen.add(phase(id));
            assertThat(phasesSeen).as("the late events were written before the swap").containsExactly("REPLAYING");

            Map<String, Object> progress = get("/api/search/rebuilds/" + id, null, TestTokens.networkAdmin()).body();
            assertThat(((Number) progress.get("recordsTotal")).longValue()).isPositive();
            assertThat(((Number) progress.get("recordsRead")).longValue())
                    .isLessThanOrEqualTo(((Number) progress.get("recordsTotal")).longValue());

            await("rebuild done", Duration.ofSeconds(90), () -> List.of("DONE", "FAILED").contains(phase(id)));
            searching.set(false);
            searcher.join();
            Map<String, Object> done = get("/api/search/rebuilds/" + id, null, TestTokens.networkAdmin()).body();
            assertThat(done).as(done.toString()).containsEntry("phase", "DONE").containsEntry("progress", 1.0)
                    .containsEntry("previousIndex", before);
            assertThat(done.get("recordsRead")).isEqualTo(done.get("recordsTotal"));
            assertThat(done.get("startedAt")).isNotNull();
            assertThat(done.get("swappedAt")).isNotNull();
            assertThat(done.get("finishedAt")).isNotNull();
            assertThat(failures).as("searches during the rebuild").isEmpty();

            String after = aliasTarget();
            assertThat(after).isEqualTo(done.get("newIndex")).isNotEqualTo(before).startsWith(ALIAS + "-");
            assertThat(esStatus("HEAD", "/" + before)).as("old index deleted").isEqualTo(404);
            esStatus("POST", "/" + after + "/_refresh");
            assertThat(esCount(after, "IDEA")).as("every idea").isEqualTo(IDEAS.size());
            assertThat(esCount(after, "PROJECT")).as("every project, those no longer public as removal markers")
                    .isEqualTo(PROJECTS.size());

            assertThat(ids(search("q=" + enc("الراجلين")))).containsExactly("idea-late");
            assertThat(ids(search("q=" + enc("بالألواح")))).containsExactly("idea-a");
            assertThat(ids(search("q=" + enc("الوادي")))).as("the stale replayed event still loses").containsExactly("idea-s");
            assertThat(ids(search("q=" + enc("السوق الأسبوعي")))).isEmpty();
            assertThat(ids(search("q=" + enc("الإنارة") + "&state=WITHDRAWN"))).containsExactly("idea-w");
            assertThat(items(search("q=" + enc("المعلومه"))).getFirst()).as("regions again from the read model")
                    .containsEntry("region", TTA);
            // Projects kept: the published ones with their latest card, the others still out.
            assertThat(ids(search("q=" + enc("شكايه")))).containsExactly(DESK);
            assertThat(ids(search("q=" + enc("إشعار")))).as("the late project change, from the catch-up")
                    .containsExactly(DESK);
            assertThat(items(search("q=" + enc("شكايه"))).getFirst()).containsEntry("region", TTA)
                    .containsEntry("kind", "PROJECT");
            assertThat(ids(search("q=" + enc("البيانات الجهويه")))).containsExactly(OPEN_DATA);
            assertThat(total(search("q=" + enc("تشجير") + "&kind=PROJECT"))).isEqualTo(40);
            assertThat(ids(search("q=" + enc("الوسائط")))).as("unpublished stays out").isEmpty();
            assertThat(ids(search("q=" + enc("مهرجان")))).as("never published stays out").isEmpty();
            assertThat(ids(search("q=" + enc("فضاء المطالعه")))).as("withdrawn stays out").isEmpty();

            // After the rebuild the live subscription writes into the new index.
            submit(events, IdeaEvents.card("idea-after", "tetouan", 701, "A1", "DIGITAL", "RECEIVED",
                    "انقطاع الماء الصالح للشرب", "إصلاح القنوات", Instant.parse("2024-07-02T09:00:00Z"), 1).build());
            await("idea after the rebuild", Duration.ofSeconds(5), () -> ids(search("q=" + enc("الصالح للشرب")))
                    .contains("idea-after"));
        }
        assertThat(get("/api/search/rebuilds/nope", null, TestTokens.networkAdmin()).status()).isEqualTo(404);
        assertThat(get("/api/search/rebuilds/nope", null, TestTokens.citizen()).status()).isEqualTo(403);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    Instant submit(IdeaEvents events, IdeaCard card) {
        IDEAS.add(card.getId());
        return events.submitted(card);
    }

    double staleCount() {
        Counter counter = registry.find("remacto.search.indexed").tags("path", "live", "outcome", "stale").counter();
        return counter == null ? 0 : counter.count();
    }

    double consumed(String outcome, String type) {
        return consumed(SearchSubscriptions.PROPOSALS, outcome, type);
    }

    double consumed(String subscription, String outcome, String type) {
        Counter counter = registry.find("remacto.events.consumed")
                .tags("subscription", subscription, "outcome", outcome, "type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    record Response(int status, Map<String, Object> body) {
    }

    Response get(String path, String language) {
        return get(path, language, null);
    }

    Response get(String path, String language, String token) {
        return http().get().uri(URI.create("http://127.0.0.1:" + port + path)).headers(h -> {
            if (language != null) {
                h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            if (token != null) {
                h.set(HttpHeaders.AUTHORIZATION, token);
            }
        }).exchange((request, response) -> new Response(response.getStatusCode().value(), response.bodyTo(Map.class)));
    }

    Response get(String path) {
        return get(path, null);
    }

    Response post(String path, String token) {
        return http().post().uri(path).headers(h -> {
            if (token != null) {
                h.set(HttpHeaders.AUTHORIZATION, token);
            }
        }).exchange((request, response) -> new Response(response.getStatusCode().value(), response.bodyTo(Map.class)));
    }

    Map<String, Object> search(String query) {
        Response response = get("/api/search?" + query);
        assertThat(response.status()).as("GET /api/search?%s: %s", query, response.body()).isEqualTo(200);
        return response.body();
    }

    String phase(String id) {
        return (String) get("/api/search/rebuilds/" + id, null, TestTokens.networkAdmin()).body().get("phase");
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static long total(Map<String, Object> answer) {
        return ((Number) answer.get("totalItems")).longValue();
    }

    static List<Map<String, Object>> items(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("items");
    }

    static List<String> ids(Map<String, Object> answer) {
        return items(answer).stream().map(i -> (String) i.get("id")).toList();
    }

    static List<String> highlights(Map<String, Object> answer, String id, String field) {
        Map<String, Object> item = items(answer).stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
        return (List<String>) ((Map<String, Object>) item.get("highlights")).get(field);
    }

    static Map<String, Long> facet(Map<String, Object> answer, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> value : (List<Map<String, Object>>) ((Map<String, Object>) answer.get("facets")).get(name)) {
            counts.put((String) value.get("value"), ((Number) value.get("count")).longValue());
        }
        return counts;
    }

    static Map<String, String> fieldCodes(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
        Map<String, String> codes = new LinkedHashMap<>();
        for (Map<String, Object> error : (List<Map<String, Object>>) response.body().get("errors")) {
            codes.put((String) error.get("field"), (String) error.get("code"));
        }
        return codes;
    }

    static String aliasTarget() throws Exception {
        JsonNode aliases = JSON.readTree(es("GET", "/_alias/" + ALIAS).body());
        List<String> names = new ArrayList<>(aliases.propertyNames());
        assertThat(names).as("indices behind " + ALIAS).hasSize(1);
        return names.getFirst();
    }

    static long esCount(String index, String kind) throws Exception {
        return JSON.readTree(es("GET", "/" + index + "/_count?q=kind:" + kind).body()).get("count").asLong();
    }

    /** The stored document (through the alias), as Elasticsearch returns it: _version, _source. */
    static JsonNode esDoc(String id) {
        try {
            return JSON.readTree(es("GET", "/" + ALIAS + "/_doc/" + id).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document's version, 0 when there is none. */
    static long esVersion(String id) {
        JsonNode version = esDoc(id).get("_version");
        return version == null ? 0 : version.asLong();
    }

    static double progressOf(Map<String, Object> item) {
        Map<String, Object> project = (Map<String, Object>) item.get("project");
        return project == null ? -1 : ((Number) project.get("progress")).doubleValue();
    }

    static int esStatus(String method, String path) throws Exception {
        return es(method, path).statusCode();
    }

    static HttpResponse<String> es(String method, String path) throws Exception {
        return ES.send(HttpRequest.newBuilder(URI.create(TestStack.elasticsearchUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            sleepQuietly(20);
        }
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
