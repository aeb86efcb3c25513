package ma.remacto.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ma.remacto.events.v1.CollectedIdea;
import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.MeetingIdeasCollected;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.test.EventProbe;
import ma.remacto.platform.test.ServiceClient;
import ma.remacto.platform.test.ServiceClient.Response;
import ma.remacto.platform.test.ServiceTest;
import ma.remacto.platform.test.TestEvents;
import ma.remacto.platform.test.TestMembers;
import ma.remacto.platform.test.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The subscription {@code ideation.workshop-ideas}: ideas collected at a meeting, published by consultations,
 * become one workshop batch of the meeting's member; redelivery records nothing twice, a refused batch is
 * dead-lettered without stopping the next ones.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class WorkshopIdeasSubscriptionTest {

    static final String TTA = "tanger-tetouan-al-hoceima";

    @LocalServerPort
    int port;

    @Autowired
    MemberDirectory directory;

    @BeforeEach
    void members() throws InterruptedException {
        if (directory.find("tetouan").isPresent()) {
            return;
        }
        TestMembers.publish(List.of(TestMembers.Member.region(TTA), TestMembers.Member.commune("tetouan", TTA)));
        Instant deadline = Instant.now().plusSeconds(60);
        while (directory.find("tetouan").isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    Response call(String method, String path, Object body, String token) {
        return new ServiceClient(port, "fr").call(method, path, body, token);
    }

    static DomainEvent collected(String meetingId, String member, int collection, String marker, String... axisCodes) {
        MeetingIdeasCollected.Builder event = MeetingIdeasCollected.newBuilder()
                .setMeeting(MeetingCard.newBuilder().setId(meetingId).setMemberSlug(member)
                        .setKind("TERRITORIAL_CONSULTATION").setDate("2024-01-20").setVersion(collection + 1))
                .setBatchId("meeting-" + meetingId + "-" + collection).setSource("LIVE_WORKSHOP");
        for (int i = 0; i < axisCodes.length; i++) {
            event.addIdeas(CollectedIdea.newBuilder().setRow(i).setAxisCode(axisCodes[i]).setCategory("ورشة")
                    .setProblem(marker + " " + collection + " ضعف التواصل " + i).setProposedSolution("احداث خلية للتواصل " + i));
        }
        return new DomainEvent(Topics.CONSULTATIONS, "MeetingIdeasCollected", 1, "Meeting", meetingId, collection + 1,
                member, event.build());
    }

    List<Map<String, Object>> ideasWith(String marker) {
        Response ideas = call("GET", "/api/ideas?member=tetouan&source=LIVE_WORKSHOP&size=200", null, null);
        assertThat(ideas.status()).isEqualTo(200);
        return ((List<Map<String, Object>>) ideas.body().get("items")).stream()
                .filter(idea -> ((String) idea.get("problem")).startsWith(marker)).toList();
    }

    @Test
    void ideasCollectedAtAMeetingBecomeOneWorkshopBatchOnceAndARefusedBatchIsDeadLettered() throws Exception {
        Response axis = call("POST", "/api/axes", Map.of("member", "tetouan", "programme", "2024-2025", "code", "T1",
                "position", 1, "title", Map.of("ar", "التواصل", "fr", "Communication")), TestTokens.pointOfContact("tetouan"));
        assertThat(axis.status()).isIn(201, 409);
        String meetingId = Ids.newId();
        String marker = "M" + meetingId.substring(meetingId.length() - 8);

        DomainEvent first = collected(meetingId, "tetouan", 1, marker, "T1", "T1");
        TestEvents.publish(List.of(first));
        Instant deadline = Instant.now().plusSeconds(60);
        while (ideasWith(marker).size() < 2) {
            assertThat(Instant.now()).as("the batch reaches ideation").isBefore(deadline);
            Thread.sleep(200);
        }
        Map<String, Object> idea = ideasWith(marker).get(0);
        assertThat(idea).containsEntry("source", "LIVE_WORKSHOP").containsEntry("axisCode", "T1")
                .containsEntry("state", "RECEIVED").containsEntry("category", "ورشة");
        assertThat(idea.get("author")).isNull();

        try (EventProbe deadLetters = new EventProbe(Topics.CONSULTATIONS.name() + ".dlt")) {
            // The same batch again (a redelivery under a new event id), a batch ideation refuses (unknown axis),
            // then a second collection: same key, same partition, so they are applied in that order.
            TestEvents.publish(List.of(collected(meetingId, "tetouan", 1, marker, "T1", "T1"),
                    collected(meetingId, "tetouan", 2, marker, "T1", "ZZ9"),
                    collected(meetingId, "tetouan", 3, marker, "T1")));
            deadline = Instant.now().plusSeconds(60);
            while (ideasWith(marker).size() < 3) {
                assertThat(Instant.now()).as("the batch after the refused one is applied").isBefore(deadline);
                Thread.sleep(200);
            }
            EventEnvelope dead = deadLetters.await(e -> e.getAggregateId().equals(meetingId), 1, Duration.ofSeconds(60))
                    .get(0);
            assertThat(dead.getPayload().unpack(MeetingIdeasCollected.class).getBatchId())
                    .isEqualTo("meeting-" + meetingId + "-2");
        }
        Thread.sleep(1000);
        List<Map<String, Object>> recorded = ideasWith(marker);
        assertThat(recorded).as("the redelivered batch added nothing, the refused one nothing either").hasSize(3);
        assertThat(recorded).extracting(i -> i.get("problem")).doesNotHaveDuplicates();
    }
}
