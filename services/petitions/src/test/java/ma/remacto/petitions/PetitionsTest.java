package ma.remacto.petitions;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.protobuf.InvalidProtocolBufferException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberKind;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.PetitionSignaturesCounted;
import ma.remacto.events.v1.PetitionStatusChanged;
import ma.remacto.petitions.application.SignatoryHashes;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.petitions.persistence.SignatureRepository;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestTokens;
import ma.remacto.platform.web.RegionScopeFilter;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/** Petitions over HTTP, on the real Kafka broker and MongoDB-wire server; members from their topic. */
@ServiceTest
@TestPropertySource(properties = {"remacto.petitions.cnie-key=test-only-key-0123456789-abcdefghij-klmnop",
        "remacto.petitions.count-interval=PT1S",
        // A small burst, so the test reaches the limit in a few requests (the shipped burst is larger).
        "remacto.rate-limits.petition-signatures.capacity=5"})
@SuppressWarnings("unchecked")
class PetitionsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Casablanca"));
    static final String COMMUNE = "petit-bourg";
    static final String REGION = "region-nord";
    static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @Autowired
    MongoDatabase database;

    @Autowired
    SignatoryHashes hashes;

    @BeforeEach
    void members() throws InterruptedException {
        if (directory.find("commune-fermee").isPresent()) {
            return;
        }
        TestEvents.publish(List.of(member(REGION, MemberKind.MEMBER_KIND_REGION, REGION, null, 500_000, true),
                member("province-a", MemberKind.MEMBER_KIND_PROVINCE, REGION, null, 200_000, true),
                member("province-b", MemberKind.MEMBER_KIND_PROVINCE, REGION, null, 200_000, true),
                member("province-c", MemberKind.MEMBER_KIND_PROVINCE, REGION, null, 100_000, true),
                member(COMMUNE, MemberKind.MEMBER_KIND_COMMUNE, REGION, "province-a", 20_000, true),
                member("commune-fermee", MemberKind.MEMBER_KIND_COMMUNE, REGION, "province-b", 20_000, false)));
        Instant deadline = Instant.now().plusSeconds(60);
        while (directory.find("commune-fermee").isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    static DomainEvent member(String slug, MemberKind kind, String region, String province, long population,
            boolean active) {
        MemberCard card = MemberCard.newBuilder().setSlug(slug).setKind(kind)
                .setName(LocalizedText.newBuilder().setAr("جماعة " + slug).setFr("Collectivité " + slug))
                .setRegionSlug(region).setProvinceSlug(province == null ? "" : province).setPopulation(population)
                .setStatus(active ? MemberStatus.MEMBER_STATUS_ACTIVE : MemberStatus.MEMBER_STATUS_INACTIVE)
                .setVersion(1).build();
        return new DomainEvent(Topics.MEMBERS, "MemberRegistered", 1, "Member", slug, 1, slug,
                MemberRegistered.newBuilder().setMember(card).build());
    }

    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "fr").call(method, path, body, token);
    }

    /** A call with headers of its own (If-Match, a regional portal's scope). */
    Answer call(String method, String path, Object body, String token, Map<String, String> headers) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .header(HttpHeaders.AUTHORIZATION, token);
        headers.forEach(request::header);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(Map.class),
                res.getHeaders()));
    }

    record Answer(int status, Map<String, Object> body, HttpHeaders headers) {
    }

    /** A citizen signs from a client address of their own (the rate limit is per address). */
    Answer sign(String petitionId, String subject, String cnie, String province, String client) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build().method(HttpMethod.POST)
                .uri("/api/petitions/" + petitionId + "/signatures").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.citizen(subject, null))
                .header("X-Forwarded-For", client == null ? "10.9." + CLIENTS.incrementAndGet() / 250 + "."
                        + CLIENTS.get() % 250 : client)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cnie", cnie, "residence", Map.of("provinceSlug", province, "declaration", "RESIDENT")));
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(Map.class),
                res.getHeaders()));
    }

    Answer sign(String petitionId, String subject, String cnie, String province) {
        return sign(petitionId, subject, cnie, province, null);
    }

    static String cnie(String letters, int number) {
        return letters + String.format("%06d", number);
    }

    Map<String, Object> citizensPetition(String member, String agent) {
        Map<String, Object> body = new HashMap<>();
        body.put("member", member);
        body.put("petitionerKind", "CITIZENS");
        body.put("title", Map.of("ar", "تهيئة حديقة الحي", "fr", "Aménager le jardin du quartier"));
        body.put("subject", "تهيئة الحديقة العمومية بالحي وتجهيزها بالإنارة والكراسي");
        body.put("requests", List.of("إدراج التهيئة في برنامج عمل الجماعة"));
        Response drafted = call("POST", "/api/petitions", body, TestTokens.citizen(agent, null));
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        return drafted.body();
    }

    /** Signs in parallel; returns the statuses by signer index. */
    List<Integer> signAll(String petitionId, List<String[]> signers) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(25)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String[] s : signers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return sign(petitionId, s[0], s[1], s[2]).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    Response step(String id, Map<String, Object> body, String token) {
        return call("POST", "/api/petitions/" + id + "/steps", body, token);
    }

    static Map<String, Object> deadline(Map<String, Object> petition, String kind) {
        return ((List<Map<String, Object>>) petition.get("deadlines")).stream().filter(d -> kind.equals(d.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " deadline in " + petition));
    }

    @Test
    void aCitizensPetitionToACommuneCollectsSignaturesIsFiledAndFollowedToTheAgentNotified() throws Exception {
        String agent = "agent-4f1e2d3c-commune";
        String agentToken = TestTokens.citizen(agent, "Agent Name");
        String poc = TestTokens.pointOfContact(COMMUNE);
        Map<String, Object> drafted = citizensPetition(COMMUNE, agent);
        String id = (String) drafted.get("id");
        assertThat((Map<String, Object>) drafted.get("threshold")).containsEntry("id", "commune-under-35000")
                .containsEntry("requiredSignatures", 100).containsEntry("toConfirm", true);
        assertThat((Map<String, Object>) drafted.get("petitioner")).containsEntry("kind", "CITIZENS")
                .containsEntry("label", Map.of("ar", "الوكيل", "fr", "le mandataire"));
        assertThat(call("GET", "/api/petitions/" + id, null, null).status()).as("a draft is its agent's").isEqualTo(404);
        assertThat(call("GET", "/api/petitions/" + id, null, TestTokens.citizen()).status()).isEqualTo(404);
        assertThat(sign(id, "early", "AB1", COMMUNE).body()).as("a draft is not seen, nor signed").containsEntry("code", "petition.not-found");
        assertThat(call("POST", "/api/petitions/" + id + "/collection", null, TestTokens.citizen()).status())
                .as("only its agent opens it").isEqualTo(404);

        List<String> cnies = new ArrayList<>();
        try (EventProbe probe = new EventProbe(Topics.PETITIONS.name())) {
            Response opened = call("POST", "/api/petitions/" + id + "/collection", null, agentToken);
            assertThat(opened.body()).containsEntry("status", "COLLECTING_SIGNATURES");

            // 40 citizens and 10 racing duplicates: 5 reuse a signer's CNIE (spelt otherwise) from another account,
            // 5 reuse a signer's account with another CNIE.
            List<String[]> burst = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                burst.add(new String[] {"signer-" + i, cnie("PB", i), COMMUNE});
                cnies.add(cnie("PB", i));
            }
            for (int i = 0; i < 5; i++) {
                burst.add(new String[] {"other-" + i, " pb " + String.format("%06d", i), COMMUNE});
                burst.add(new String[] {"signer-" + (5 + i), cnie("QB", i), COMMUNE});
                cnies.add(cnie("QB", i));
            }
            List<Integer> statuses = signAll(id, burst);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(40);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(10);
            Map<String, Object> counted = call("GET", "/api/petitions/" + id, null, null).body();
            assertThat((Map<String, Object>) counted.get("signatures")).containsEntry("count", 40)
                    .containsEntry("required", 100).containsEntry("thresholdReached", false);

            List<String[]> more = new ArrayList<>();
            for (int i = 40; i < 99; i++) {
                more.add(new String[] {"signer-" + i, cnie("PB", i), COMMUNE});
                cnies.add(cnie("PB", i));
            }
            assertThat(signAll(id, more)).containsOnly(201);
            Response early = call("POST", "/api/petitions/" + id + "/filing", null, agentToken);
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.body()).containsEntry("code", "petition.threshold.not-reached");
            Answer last = sign(id, "signer-99", cnie("PB", 99), COMMUNE);
            cnies.add(cnie("PB", 99));
            assertThat(last.status()).isEqualTo(201);
            assertThat(last.body()).containsEntry("signatures", 100).containsEntry("thresholdReached", true);

            Response filed = call("POST", "/api/petitions/" + id + "/filing", null, agentToken);
            assertThat(filed.status()).as(filed.body().toString()).isEqualTo(200);
            assertThat(filed.body()).containsEntry("status", "FILED").containsEntry("filedOn", TODAY.toString());
            String receipt = (String) filed.body().get("receiptNumber");
            assertThat(receipt).as("the member's sequence of the year").matches("PETIT-BOURG-" + TODAY.getYear() + "-000[12]");
            assertThat(sign(id, "late", cnie("PB", 500), COMMUNE).body()).containsEntry("code", "petition.not-collecting");
            assertThat(deadline(filed.body(), "INADMISSIBILITY_NOTICE")).containsEntry("due",
                    TODAY.plusMonths(3).toString()).containsEntry("overdue", false).containsEntry("metOn", null);

            assertThat(step(id, Map.of("to", "ADMISSIBLE"), TestTokens.citizen()).status()).isEqualTo(403);
            assertThat(step(id, Map.of("to", "ADMISSIBLE"), TestTokens.pointOfContact("province-a")).body())
                    .containsEntry("code", "forbidden-member");
            assertThat(step(id, Map.of("to", "IN_COMMITTEE", "committee", "لجنة"), poc).body())
                    .containsEntry("code", "petition.transition-not-allowed");
            Response admissible = step(id, Map.of("to", "ADMISSIBLE", "date", TODAY.toString()), poc);
            assertThat(admissible.status()).as(admissible.body().toString()).isEqualTo(200);
            assertThat(deadline(admissible.body(), "INADMISSIBILITY_NOTICE")).containsEntry("metOn", TODAY.toString());
            assertThat(step(id, Map.of("to", "IN_COMMITTEE"), poc).status()).as("the committee is named").isEqualTo(400);
            assertThat(step(id, Map.of("to", "IN_COMMITTEE", "committee", "لجنة المرافق العمومية والخدمات"), poc)
                    .body()).containsEntry("committee", "لجنة المرافق العمومية والخدمات");
            Response agenda = step(id, Map.of("to", "ON_SESSION_AGENDA", "session",
                    Map.of("ar", "الدورة العادية", "fr", "Session ordinaire"), "sessionDate", TODAY.toString()), committee());
            assertThat(agenda.status()).as(agenda.body().toString()).isEqualTo(200);
            assertThat(deadline(agenda.body(), "SESSION_DECISION")).containsEntry("due", TODAY.toString())
                    .containsEntry("metOn", null);
            Response decided = step(id, Map.of("to", "DECIDED", "decision", "وافق المجلس على إدراج التهيئة في البرنامج"), poc);
            assertThat(decided.body()).containsEntry("status", "DECIDED").containsEntry("decidedOn", TODAY.toString());
            assertThat(deadline(decided.body(), "SESSION_DECISION")).containsEntry("metOn", TODAY.toString())
                    .containsEntry("overdue", false);
            Response notified = step(id, Map.of("to", "AGENT_NOTIFIED"), poc);
            assertThat(notified.body()).containsEntry("status", "AGENT_NOTIFIED")
                    .containsEntry("agentNotifiedOn", TODAY.toString());
            assertThat((List<Map<String, Object>>) notified.body().get("steps")).extracting(s -> s.get("to"))
                    .containsExactly("COLLECTING_SIGNATURES", "FILED", "ADMISSIBLE", "IN_COMMITTEE", "ON_SESSION_AGENDA",
                            "DECIDED", "AGENT_NOTIFIED");

            List<Map<String, Object>> history = (List<Map<String, Object>>) call("GET", "/api/petitions/" + id
                    + "/history", null, poc).body().get("list");
            assertThat(history).extracting(h -> h.get("to")).containsExactly("DRAFT", "COLLECTING_SIGNATURES", "FILED",
                    "ADMISSIBLE", "IN_COMMITTEE", "ON_SESSION_AGENDA", "DECIDED", "AGENT_NOTIFIED");
            assertThat(history.get(2)).containsEntry("reason", receipt);
            assertThat(call("GET", "/api/petitions/" + id + "/history", null, null).status()).isEqualTo(401);
            assertThat(call("GET", "/api/petitions/" + id + "/history", null, agentToken).status()).isEqualTo(403);

            List<EventEnvelope> events = probe.await(e -> e.getAggregateId().equals(id)
                    && e.getEventType().equals("PetitionStatusChanged") && to(e).equals("AGENT_NOTIFIED"), 1,
                    Duration.ofSeconds(60));
            List<EventEnvelope> mine = probe.seen().stream().filter(e -> e.getAggregateId().equals(id)).toList();
            assertThat(mine).extracting(EventEnvelope::getEventType).startsWith("PetitionDrafted", "PetitionStatusChanged")
                    .contains("PetitionSignaturesCounted");
            long countEvents = mine.stream().filter(e -> e.getEventType().equals("PetitionSignaturesCounted")).count();
            assertThat(countEvents).as("counts are throttled, not one per signature").isBetween(1L, 30L);
            PetitionCard filedCard = mine.stream().filter(e -> e.getEventType().equals("PetitionStatusChanged")
                    && to(e).equals("FILED")).map(PetitionsTest::card).findFirst().orElseThrow();
            assertThat(filedCard.getSignatures()).isEqualTo(100);
            assertThat(filedCard.getThreshold().getSource()).contains("113.14");
            assertThat(mine.stream().filter(e -> e.getEventType().equals("PetitionSignaturesCounted")).map(PetitionsTest::card)
                    .mapToInt(PetitionCard::getSignatures).max().orElse(0)).isPositive();
            assertThat(events.get(0).getActor().getSubject()).isEqualTo("poc-" + COMMUNE);

            // No personal data: neither the numbers, nor their hashes, nor the agent's account, in events or answers.
            List<String> secrets = new ArrayList<>(cnies);
            cnies.forEach(c -> secrets.add(hashes.cnie(c)));
            secrets.add(agent);
            secrets.add(hashes.account(agent));
            secrets.add("Agent Name");
            for (EventEnvelope event : mine) {
                String bytes = new String(event.toByteArray(), StandardCharsets.UTF_8);
                for (String secret : secrets) {
                    assertThat(bytes).as(event.getEventType()).doesNotContain(secret);
                }
            }
            List<String> answers = List.of(call("GET", "/api/petitions/" + id, null, null).body().toString(),
                    call("GET", "/api/petitions?member=" + COMMUNE, null, null).body().toString(),
                    call("GET", "/api/petitions/statistics?member=" + COMMUNE, null, null).body().toString(),
                    notified.body().toString(), last.body().toString());
            for (String answer : answers) {
                for (String secret : secrets) {
                    assertThat(answer).doesNotContain(secret);
                }
            }
            for (Document signature : database.getCollection(SignatureRepository.COLLECTION).find()) {
                String stored = signature.toJson();
                for (String c : cnies) {
                    assertThat(stored).doesNotContain(c);
                }
                assertThat(stored).doesNotContain("signer-").doesNotContain(agent);
            }
        }
        Map<String, Object> stats = call("GET", "/api/petitions/statistics?member=" + COMMUNE, null, null).body();
        assertThat((Integer) ((Map<String, Object>) stats.get("byStatus")).get("AGENT_NOTIFIED")).isPositive();
        assertThat((Integer) stats.get("signatures")).as("this petition's 100, and other tests' collecting ones")
                .isGreaterThanOrEqualTo(100);
    }

    String committee() {
        return TestTokens.committeeMember(COMMUNE);
    }

    static PetitionCard card(EventEnvelope e) {
        try {
            return switch (e.getEventType()) {
                case "PetitionStatusChanged" -> e.getPayload().unpack(PetitionStatusChanged.class).getPetition();
                case "PetitionSignaturesCounted" -> e.getPayload().unpack(PetitionSignaturesCounted.class).getPetition();
                default -> throw new AssertionError(e.getEventType());
            };
        } catch (InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    static String to(EventEnvelope e) {
        try {
            return e.getPayload().unpack(PetitionStatusChanged.class).getTo();
        } catch (InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void aRegionPetitionIsFiledOnlyOnceEachProvinceHasFivePercentOfTheRequiredSignatures() throws Exception {
        String agent = "agent-region";
        String agentToken = TestTokens.citizen(agent, null);
        Map<String, Object> drafted = citizensPetition(REGION, agent);
        String id = (String) drafted.get("id");
        assertThat((Map<String, Object>) drafted.get("threshold")).containsEntry("id", "region-under-1m")
                .containsEntry("requiredSignatures", 300).containsEntry("requiredPerProvince", 15)
                .containsEntry("toConfirm", false);
        call("POST", "/api/petitions/" + id + "/collection", null, agentToken);
        Answer outside = sign(id, "r-outside", "RN1", COMMUNE);
        assertThat(outside.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) outside.body().get("errors")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("field", "residence.provinceSlug")
                .containsEntry("code", "petition.signature.province-outside-region"));

        List<String[]> signers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            signers.add(new String[] {"r-" + i, cnie("RN", i), i < 285 ? "province-a" : "province-b"});
        }
        assertThat(signAll(id, signers)).containsOnly(201);
        Response blocked = call("POST", "/api/petitions/" + id + "/filing", null, agentToken);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body()).containsEntry("code", "petition.threshold.province-share");
        assertThat((String) blocked.body().get("detail")).contains("province-c").doesNotContain("province-a");
        Map<String, Object> progress = (Map<String, Object>) call("GET", "/api/petitions/" + id, null, null).body()
                .get("signatures");
        assertThat(progress).containsEntry("count", 300).containsEntry("thresholdReached", false);
        assertThat((List<Map<String, Object>>) progress.get("byProvince")).containsExactly(
                Map.of("province", "province-a", "signatures", 285, "required", 15, "reached", true),
                Map.of("province", "province-b", "signatures", 15, "required", 15, "reached", true),
                Map.of("province", "province-c", "signatures", 0, "required", 15, "reached", false));

        List<String[]> provinceC = new ArrayList<>();
        for (int i = 300; i < 315; i++) {
            provinceC.add(new String[] {"r-" + i, cnie("RN", i), "province-c"});
        }
        assertThat(signAll(id, provinceC)).containsOnly(201);
        Response filed = call("POST", "/api/petitions/" + id + "/filing", null, agentToken);
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(200);
        assertThat(filed.body()).containsEntry("receiptNumber", "REGION-NORD-" + TODAY.getYear() + "-0001");
        assertThat(deadline(filed.body(), "INADMISSIBILITY_NOTICE")).containsEntry("due", TODAY.plusMonths(2).toString());
        assertThat(call("GET", "/api/petitions?region=" + REGION + "&status=FILED", null, null).body().get("totalItems"))
                .isEqualTo(1);
    }

    Map<String, Object> association(String name, LocalDate foundedOn, boolean goodStanding, boolean seat) {
        Map<String, Object> association = new HashMap<>();
        association.put("name", name);
        association.put("foundedOn", foundedOn.toString());
        association.put("establishedInMorocco", true);
        association.put("democraticallyRun", true);
        association.put("goodStanding", goodStanding);
        association.put("seatOrBranchInTerritory", seat);
        association.put("activityRelated", true);
        return association;
    }

    Map<String, Object> associationPetition(Map<String, Object> association) {
        return Map.of("member", COMMUNE, "petitionerKind", "ASSOCIATION", "association", association,
                "title", Map.of("ar", "إحداث فضاء للتوجيه المهني"), "subject", "إحداث فضاء للقرب للتوجيه المهني بالجماعة");
    }

    @Test
    void anAssociationFilesWithoutSignaturesAndAnInadmissibilityIsReasonedNotifiedAndFlaggedOverdue() {
        String representative = TestTokens.bearer("assoc-rep-1", List.of("ASSOCIATION"), List.of());
        Response drafted = call("POST", "/api/petitions", associationPetition(association("جمعية مركز المهنيين الشباب",
                TODAY.minusYears(5), true, true)), representative);
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        String id = (String) drafted.body().get("id");
        assertThat(drafted.body()).containsEntry("threshold", null).containsEntry("signatures", null);
        assertThat(call("POST", "/api/petitions/" + id + "/collection", null, representative).body())
                .containsEntry("code", "petition.association.no-signatures");
        Response filed = call("POST", "/api/petitions/" + id + "/filing", null, representative);
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(200);
        assertThat((String) filed.body().get("receiptNumber")).matches("PETIT-BOURG-" + TODAY.getYear() + "-\\d{4}");
        assertThat((Map<String, Object>) filed.body().get("petitioner")).containsEntry("associationName",
                "جمعية مركز المهنيين الشباب");

        // Filed four months ago and never answered: the notice is overdue.
        LocalDate longAgo = TODAY.minusMonths(4);
        database.getCollection(PetitionRepository.COLLECTION).updateOne(eq("_id", id),
                Updates.set("filedOn", longAgo.toString()));
        Map<String, Object> late = call("GET", "/api/petitions/" + id, null, null).body();
        assertThat(deadline(late, "INADMISSIBILITY_NOTICE")).containsEntry("due", longAgo.plusMonths(3).toString())
                .containsEntry("overdue", true);
        assertThat(((Map<String, Object>) call("GET", "/api/petitions/statistics?member=" + COMMUNE, null, null).body())
                .get("overdue")).isEqualTo(1);

        String poc = TestTokens.pointOfContact(COMMUNE);
        Response withoutReasons = step(id, Map.of("to", "INADMISSIBLE", "reasons", "  "), poc);
        assertThat((List<Map<String, Object>>) withoutReasons.body().get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "reasons").containsEntry("code", "petition.reasons.required"));
        Response future = step(id, Map.of("to", "INADMISSIBLE", "reasons", "خارج الاختصاص",
                "date", TODAY.plusDays(2).toString()), poc);
        assertThat(future.status()).isEqualTo(400);
        Response inadmissible = step(id, Map.of("to", "INADMISSIBLE",
                "reasons", "موضوع العريضة يدخل في اختصاص قطاع حكومي وليس في اختصاصات الجماعة"), poc);
        assertThat(inadmissible.status()).isEqualTo(200);
        assertThat(inadmissible.body()).containsEntry("inadmissibilityReasons",
                "موضوع العريضة يدخل في اختصاص قطاع حكومي وليس في اختصاصات الجماعة");
        assertThat(deadline(inadmissible.body(), "INADMISSIBILITY_NOTICE")).as("not yet notified to the agent")
                .containsEntry("overdue", true);
        assertThat(step(id, Map.of("to", "ADMISSIBLE"), poc).body()).containsEntry("code", "petition.transition-not-allowed");
        Response notified = step(id, Map.of("to", "AGENT_NOTIFIED"), poc);
        assertThat(deadline(notified.body(), "INADMISSIBILITY_NOTICE")).containsEntry("metOn", TODAY.toString())
                .containsEntry("overdue", false);
        assertThat((List<Map<String, Object>>) notified.body().get("steps")).extracting(s -> s.get("to"))
                .containsExactly("FILED", "INADMISSIBLE", "AGENT_NOTIFIED");
    }

    @Test
    void badInputIsRefusedWithNothingStoredAndNoCountDrift() {
        String agent = "agent-bad-input";
        Map<String, Object> drafted = citizensPetition(COMMUNE, agent);
        String id = (String) drafted.get("id");
        call("POST", "/api/petitions/" + id + "/collection", null, TestTokens.citizen(agent, null));
        long listedBefore = ((Number) call("GET", "/api/petitions", null, null).body().get("totalItems")).longValue();

        for (String malformed : List.of("987654", "ABC123", "AB9876543", "أب98765", "AB-98")) {
            Answer refused = sign(id, "bad-" + malformed.length(), malformed, COMMUNE);
            assertThat(refused.status()).isEqualTo(400);
            assertThat((List<Map<String, Object>>) refused.body().get("errors")).singleElement().satisfies(e -> assertThat(e)
                    .containsEntry("field", "cnie").containsEntry("code", "petition.signature.cnie-malformed"));
            assertThat(refused.body().toString()).doesNotContain(malformed);
        }
        assertThat(sign(id, "bi-1", "XY123", COMMUNE).status()).isEqualTo(201);
        Answer sameCnie = sign(id, "bi-2", "xy 123", COMMUNE);
        assertThat(sameCnie.status()).isEqualTo(409);
        assertThat(sameCnie.body()).containsEntry("code", "petition.signature.already");
        assertThat(sign(id, "bi-1", "XY124", COMMUNE).body()).as("same account, other CNIE")
                .containsEntry("code", "petition.signature.already");
        assertThat(sign(id, "bi-2", "XY125", COMMUNE).status()).as("the refused account may sign with its own CNIE")
                .isEqualTo(201);
        assertThat(sign(id, "bi-3", "XY126", "province-a").body().toString()).contains("petition.signature.province-not-member");
        Response asStaff = call("POST", "/api/petitions/" + id + "/signatures", Map.of("cnie", "XY127",
                "residence", Map.of("provinceSlug", COMMUNE, "declaration", "RESIDENT")), TestTokens.pointOfContact(COMMUNE));
        assertThat(asStaff.status()).isEqualTo(403);
        Response badDeclaration = call("POST", "/api/petitions/" + id + "/signatures", Map.of("cnie", "XY128",
                "residence", Map.of("provinceSlug", COMMUNE, "declaration", "TOURIST")), TestTokens.citizen("bi-4", null));
        assertThat(badDeclaration.status()).isEqualTo(400);

        // Rate limit: one client address, five at once, then 429 with Retry-After.
        List<Integer> statuses = new ArrayList<>();
        Answer limited = null;
        for (int i = 0; i < 6; i++) {
            limited = sign(id, "rl-" + i, cnie("RL", i), COMMUNE, "198.51.100.7");
            statuses.add(limited.status());
        }
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
        assertThat(limited.body()).containsEntry("code", "rate-limited");
        assertThat(limited.headers().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
        Map<String, Object> signatures = (Map<String, Object>) call("GET", "/api/petitions/" + id, null, null).body()
                .get("signatures");
        assertThat(signatures).as("2 + 5, nothing from the refusals").containsEntry("count", 7);

        // Drafting: unknown and inactive members, an association failing its conditions, blank and oversized texts.
        String citizen = TestTokens.citizen("drafter", null);
        Map<String, Object> unknown = new HashMap<>(Map.of("member", "atlantis", "petitionerKind", "CITIZENS",
                "title", Map.of("ar", "عنوان"), "subject", "موضوع"));
        Response unknownMember = call("POST", "/api/petitions", unknown, citizen);
        assertThat((List<Map<String, Object>>) unknownMember.body().get("errors")).singleElement().satisfies(e ->
                assertThat(e).containsEntry("field", "member").containsEntry("code", "petition.member.unknown"));
        unknown.put("member", "commune-fermee");
        assertThat(call("POST", "/api/petitions", unknown, citizen).body().toString()).contains("petition.member.inactive");
        Response young = call("POST", "/api/petitions", associationPetition(association("جمعية حديثة",
                TODAY.minusYears(1), false, false)), TestTokens.bearer("assoc-rep-2", List.of("ASSOCIATION"), List.of()));
        assertThat(young.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) young.body().get("errors")).extracting(e -> e.get("field") + " " + e.get("code"))
                .containsExactlyInAnyOrder("association.foundedOn petition.association.too-recent",
                        "association.goodStanding petition.association.not-in-good-standing",
                        "association.seatOrBranchInTerritory petition.association.outside-territory");
        assertThat(call("POST", "/api/petitions", associationPetition(association("جمعية", TODAY.minusYears(5), true, true)),
                citizen).status()).as("a citizen cannot petition as an association").isEqualTo(403);
        Map<String, Object> blank = new HashMap<>(Map.of("member", COMMUNE, "petitionerKind", "CITIZENS",
                "title", Map.of("ar", "   "), "subject", "x".repeat(4001)));
        Response texts = call("POST", "/api/petitions", blank, citizen);
        assertThat((List<Map<String, Object>>) texts.body().get("errors")).extracting(e -> e.get("field") + " " + e.get("code"))
                .contains("title.ar validation.NotBlank", "subject validation.Size");
        blank.put("colour", "red");
        assertThat(call("POST", "/api/petitions", blank, citizen).body().toString()).contains("validation.unknown-field");
        assertThat(call("POST", "/api/petitions", unknown, null).status()).isEqualTo(401);

        assertThat(((Number) call("GET", "/api/petitions", null, null).body().get("totalItems")).longValue())
                .as("nothing stored").isEqualTo(listedBefore);
        assertThat(database.getCollection(PetitionRepository.COLLECTION).countDocuments(eq("petitionerSubject", "drafter")))
                .isZero();
        assertThat(((Map<String, Object>) call("GET", "/api/petitions/" + id, null, null).body().get("signatures"))
                .get("count")).isEqualTo(7);
    }

    @Test
    void staffRecordTheCouncilsPastPetitionsOnce() {
        Map<String, Object> past = new HashMap<>();
        past.put("member", REGION);
        past.put("associationName", "جمعية حركة الشباب الأخضر");
        past.put("title", Map.of("ar", "التعجيل بحماية وإنقاذ وتشجير غابة لا إيسيكا بمدينة العرائش"));
        past.put("subject", "التعجيل بحماية وإنقاذ وتشجير غابة لا إيسيكا بمدينة العرائش");
        past.put("remarks", "أدرجت في جدول أعمال الدورة الموالية");
        past.put("committeeRecommendation", "وافقت اللجنة بإجماع أعضائها الحاضرين");
        past.put("session", Map.of("ar", "دورة أكتوبر 2023", "fr", "Session d'octobre 2023"));
        past.put("sessionDate", "2023-10-02");
        past.put("status", "DECIDED");
        String poc = TestTokens.pointOfContact(REGION);
        assertThat(call("POST", "/api/petitions/past", past, TestTokens.citizen()).status()).isEqualTo(403);
        assertThat(call("POST", "/api/petitions/past", past, TestTokens.pointOfContact(COMMUNE)).status()).isEqualTo(403);
        Response recorded = call("POST", "/api/petitions/past", past, poc);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.body()).containsEntry("recordedByStaff", true).containsEntry("status", "DECIDED")
                .containsEntry("decidedOn", "2023-10-02").containsEntry("threshold", null).containsEntry("deadlines", List.of());
        assertThat((List<Map<String, Object>>) recorded.body().get("steps")).extracting(s -> s.get("to"))
                .containsExactly("FILED", "ADMISSIBLE", "IN_COMMITTEE", "ON_SESSION_AGENDA", "DECIDED");
        assertThat(call("POST", "/api/petitions/past", past, poc).body()).containsEntry("code", "petition.past.duplicate");
        assertThat(sign((String) recorded.body().get("id"), "past-signer", "PS1", "province-a").body())
                .containsEntry("code", "petition.not-collecting");
        assertThat(call("GET", "/api/petitions?member=" + REGION + "&petitionerKind=ASSOCIATION", null, null).body()
                .get("totalItems")).isEqualTo(1);
    }

    @Test
    void aPetitionerListsTheirOwnPetitionsDraftsIncludedNewestFirstAndNobodyElses() {
        String agent = "agent-mine-" + System.nanoTime();
        String agentToken = TestTokens.citizen(agent, null);
        String first = (String) citizensPetition(COMMUNE, agent).get("id");
        String second = (String) citizensPetition(REGION, agent).get("id");
        assertThat(call("POST", "/api/petitions/" + second + "/collection", null, agentToken).status()).isEqualTo(200);
        String third = (String) citizensPetition(COMMUNE, agent).get("id");
        String someoneElses = (String) citizensPetition(COMMUNE, "agent-mine-other-" + System.nanoTime()).get("id");

        Response all = call("GET", "/api/petitions/mine", null, agentToken);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).containsEntry("totalItems", 3);
        List<Map<String, Object>> items = (List<Map<String, Object>>) all.body().get("items");
        assertThat(items).extracting(p -> p.get("id")).as("newest first").containsExactly(third, second, first);
        assertThat(items).extracting(p -> p.get("status")).containsExactly("DRAFT", "COLLECTING_SIGNATURES", "DRAFT");
        assertThat(items.get(1)).as("the same view as one petition").isEqualTo(
                call("GET", "/api/petitions/" + second, null, agentToken).body());
        assertThat(all.body().toString()).doesNotContain(agent).doesNotContain(someoneElses);

        Response page0 = call("GET", "/api/petitions/mine?size=2", null, agentToken);
        assertThat(page0.body()).containsEntry("totalItems", 3).containsEntry("totalPages", 2).containsEntry("page", 0);
        assertThat((List<Map<String, Object>>) page0.body().get("items")).extracting(p -> p.get("id"))
                .containsExactly(third, second);
        Response page1 = call("GET", "/api/petitions/mine?size=2&page=1", null, agentToken);
        assertThat((List<Map<String, Object>>) page1.body().get("items")).extracting(p -> p.get("id"))
                .containsExactly(first);
        assertThat(call("GET", "/api/petitions/mine?size=500", null, agentToken).status()).isEqualTo(400);

        // A regional portal's scope narrows public lists, not the person's own: another region's petitions stay.
        Answer scoped = call("GET", "/api/petitions/mine", null, agentToken,
                Map.of(RegionScopeFilter.HEADER, "some-other-region"));
        assertThat(scoped.body()).containsEntry("totalItems", 3);

        // An association's representative sees the association's petitions; a staff member who recorded a past
        // petition is not its petitioner; a newcomer has none; a visitor must sign in.
        String representative = TestTokens.bearer("assoc-rep-mine-" + System.nanoTime(), List.of("ASSOCIATION"), List.of());
        String association = (String) call("POST", "/api/petitions", associationPetition(association(
                "جمعية الأحياء الخضراء", TODAY.minusYears(6), true, true)), representative).body().get("id");
        Response associations = call("GET", "/api/petitions/mine", null, representative);
        assertThat((List<Map<String, Object>>) associations.body().get("items")).singleElement().satisfies(p ->
                assertThat(p).containsEntry("id", association).containsEntry("status", "DRAFT"));
        String staff = TestTokens.pointOfContact(COMMUNE);
        Map<String, Object> past = new HashMap<>(Map.of("member", COMMUNE, "associationName", "جمعية قديمة",
                "title", Map.of("ar", "عريضة سابقة"), "subject", "عريضة سابقة " + System.nanoTime(), "status", "FILED"));
        assertThat(call("POST", "/api/petitions/past", past, staff).status()).isEqualTo(201);
        assertThat(call("GET", "/api/petitions/mine", null, staff).body()).containsEntry("totalItems", 0);
        assertThat(call("GET", "/api/petitions/mine", null, TestTokens.citizen("newcomer-" + System.nanoTime(), null))
                .body()).containsEntry("totalItems", 0);
        assertThat(call("GET", "/api/petitions/mine", null, null).status()).isEqualTo(401);
    }

    @Test
    void aCouncilStepOnAnOutdatedVersionIsRefusedAsAConcurrentChange() {
        // A past petition, filed and waiting for the bureau: no receipt number taken from the member's sequence.
        String poc = TestTokens.pointOfContact(COMMUNE);
        Response recorded = call("POST", "/api/petitions/past", new HashMap<>(Map.of("member", COMMUNE,
                "associationName", "جمعية التتبع", "title", Map.of("ar", "عريضة مودعة"),
                "subject", "عريضة مودعة " + System.nanoTime(), "status", "FILED")), poc);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String id = (String) recorded.body().get("id");
        long version = ((Number) recorded.body().get("version")).longValue();
        call("POST", "/api/petitions/" + id + "/steps", Map.of("to", "ADMISSIBLE"), poc,
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));

        Answer stale = call("POST", "/api/petitions/" + id + "/steps", Map.of("to", "IN_COMMITTEE",
                "committee", "لجنة الميزانية"), poc, Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        assertThat(stale.status()).as("someone recorded the admissibility meanwhile").isEqualTo(409);
        assertThat(stale.body()).containsEntry("code", "concurrent-change");
        assertThat(call("GET", "/api/petitions/" + id, null, null).body()).as("nothing recorded")
                .containsEntry("status", "ADMISSIBLE").containsEntry("committee", null);
        Answer current = call("POST", "/api/petitions/" + id + "/steps", Map.of("to", "IN_COMMITTEE",
                "committee", "لجنة الميزانية"), poc, Map.of(HttpHeaders.IF_MATCH, "\"" + (version + 1) + "\""));
        assertThat(current.status()).as(String.valueOf(current.body())).isEqualTo(200);
        assertThat(current.headers().getETag()).isEqualTo("\"" + (version + 2) + "\"");
    }
}
