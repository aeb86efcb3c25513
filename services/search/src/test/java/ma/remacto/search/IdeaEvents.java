package ma.remacto.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.AxisCard;
import ma.remacto.events.v1.AxisDefined;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaEdited;
import ma.remacto.events.v1.IdeaStateChanged;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.test.TestStack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes ideation events on the ideation topic the way ideation's outbox relay does (an EventEnvelope staged by
 * EventEnvelopes, key = idea id), so the search service under test learns ideas through its subscription.
 */
final class IdeaEvents implements AutoCloseable {

    private final EventEnvelopes envelopes = new EventEnvelopes(Clock.systemUTC());
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

    static IdeaCard.Builder card(String id, String member, long number, String axisCode, String source, String state,
            String problem, String solution, Instant submittedAt, long version) {
        return IdeaCard.newBuilder().setId(id).setMemberSlug(member).setNumber(number).setAxisId("axis-" + member + "-" + axisCode)
                .setAxisCode(axisCode).setCategory("").setSource(source).setState(state).setProblem(problem)
                .setProposedSolution(solution).addLanguages(problem.matches(".*[a-zA-Z].*") ? "fr" : "ar")
                .setSupportCount(version - 1).setSubmittedAt(timestamp(submittedAt))
                .setUpdatedAt(timestamp(submittedAt.plusSeconds(version))).setVersion(version);
    }

    static LocalizedText text(String ar, String fr) {
        return LocalizedText.newBuilder().setAr(ar).setFr(fr).build();
    }

    /** Sends and waits for the broker's acknowledgement; returns the moment it was acknowledged. */
    Instant submitted(IdeaCard card) {
        return send("IdeaSubmitted", card, IdeaSubmitted.newBuilder().setIdea(card).build());
    }

    Instant edited(IdeaCard card, List<String> changed) {
        return send("IdeaEdited", card, IdeaEdited.newBuilder().setIdea(card).addAllChangedFields(changed).build());
    }

    Instant stateChanged(IdeaCard card, String from) {
        return send("IdeaStateChanged", card, IdeaStateChanged.newBuilder().setIdea(card).setFromState(from)
                .setToState(card.getState()).build());
    }

    Instant axisDefined(String id, String member) {
        AxisCard axis = AxisCard.newBuilder().setId(id).setMemberSlug(member).setProgramme("2024-2025").setCode("A9")
                .setPosition(9).setTitle(text("محور", "Axe")).setActive(true).setVersion(1).build();
        return publish(new DomainEvent(Topics.IDEATION, "AxisDefined", 1, "Axis", id, 1, member,
                AxisDefined.newBuilder().setAxis(axis).build()));
    }

    /** An IdeaSubmitted whose payload is something else: it can never be applied. */
    Instant malformed(String id, Message wrongPayload) {
        return publish(new DomainEvent(Topics.IDEATION, "IdeaSubmitted", 1, "Idea", id, 1, "larache", wrongPayload));
    }

    private Instant send(String type, IdeaCard card, Message payload) {
        return publish(new DomainEvent(Topics.IDEATION, type, 1, "Idea", card.getId(), card.getVersion(),
                card.getMemberSlug(), payload));
    }

    private Instant publish(DomainEvent event) {
        PendingEvent pending = envelopes.stage(event, Actor.system("test"));
        try {
            producer.send(new ProducerRecord<>(Topics.IDEATION.name(), pending.key(), pending.envelope())).get();
            return Instant.now();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish " + event.type(), e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    @Override
    public void close() {
        producer.close();
    }
}
