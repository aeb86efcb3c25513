package ma.remacto.benchmarks.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.IdeaSubmitted;
import ma.remacto.events.v1.LocalizedText;
import ma.remacto.events.v1.MemberCard;
import ma.remacto.events.v1.MemberKind;
import ma.remacto.events.v1.MemberRegistered;
import ma.remacto.events.v1.MemberStatus;
import ma.remacto.localstack.benchmark.BenchmarkOptions;
import ma.remacto.platform.events.DomainEvent;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.PendingEvent;
import ma.remacto.platform.events.Topics;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.security.Actor;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fills the open data service with a dataset of N rows the way the platform does, through events, without the
 * services that would keep their own copy of every idea (ideation, search, members, projects): publishes the
 * synthetic members (MemberRegistered, as members publishes them) and N ideas (IdeaSubmitted with the whole card,
 * as ideation publishes them) on the real topics, staged by the platform's own {@link EventEnvelopes}. The local
 * MongoDB-wire server keeps everything in its heap, and a million ideas held by every service that copies them do
 * not fit in this machine's memory; a million rows of open data do.
 *
 * <p>Usage: {@code PublishIdeaEvents --ideas N --members M [--kafka 127.0.0.1:9092]}.
 */
public final class PublishIdeaEvents {

    private static final String REGION = "tanger-tetouan-al-hoceima";
    private static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");
    private static final String[] PROBLEMS = {"ضعف الإنارة العمومية في الأحياء الشعبية",
        "غياب فضاءات خضراء للأطفال والشباب", "صعوبة الولوج إلى المعلومة المتعلقة بالمشاريع الجماعية",
        "Manque de transparence sur le budget communal", "ضعف التواصل بين المجلس والساكنة"};
    private static final String[] SOLUTIONS = {"تعميم الإنارة بالطاقة الشمسية وصيانة الأعمدة المعطلة",
        "إحداث حدائق القرب بشراكة مع جمعيات الأحياء", "نشر قرارات المجلس ومحاضر الدورات على البوابة الإلكترونية",
        "Publier le budget citoyen chaque année, en arabe et en français", "خلية للتواصل وصفحة رسمية محينة"};

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        long ideas = options.integer("ideas", 1_000_000);
        int members = options.integer("members", 100);
        EventEnvelopes envelopes = new EventEnvelopes(Clock.systemUTC());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.text("kafka", "127.0.0.1:9092"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"))) {
            send(producer, envelopes.stage(member(REGION, MemberKind.MEMBER_KIND_REGION), Actor.system("members")));
            for (int m = 1; m <= members; m++) {
                send(producer, envelopes.stage(member(slug(m), MemberKind.MEMBER_KIND_COMMUNE), Actor.system("members")));
            }
            producer.flush();
            long started = System.nanoTime();
            List<Future<?>> window = new ArrayList<>();
            for (long i = 1; i <= ideas; i++) {
                window.add(send(producer, envelopes.stage(idea(i, slug((int) (i % members) + 1)),
                        Actor.system("ideation"))));
                if (window.size() == 10_000) {
                    for (Future<?> sent : window) {
                        sent.get();
                    }
                    window.clear();
                }
                if (i % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "published %,d / %,d idea events (%.0f/s)%n", i, ideas,
                            i / ((System.nanoTime() - started) / 1e9));
                }
            }
            producer.flush();
        }
    }

    private static Future<?> send(KafkaProducer<String, byte[]> producer, PendingEvent staged) {
        return producer.send(new ProducerRecord<>(staged.topic(), staged.key(), staged.envelope()));
    }

    static String slug(int m) {
        return String.format(Locale.ROOT, "synthetic-commune-%04d", m);
    }

    static DomainEvent member(String slug, MemberKind kind) {
        MemberCard card = MemberCard.newBuilder().setSlug(slug).setKind(kind).setRegionSlug(REGION)
                .setName(LocalizedText.newBuilder().setAr("جماعة اصطناعية " + slug).setFr("Commune synthétique " + slug))
                .setPopulation(50_000).setContactEmail("ouverture@" + slug + ".remacto.ma")
                .setStatus(MemberStatus.MEMBER_STATUS_ACTIVE).setVersion(1).build();
        return new DomainEvent(Topics.MEMBERS, "MemberRegistered", 1, "Member", slug, 1, slug,
                MemberRegistered.newBuilder().setMember(card).build());
    }

    static DomainEvent idea(long number, String member) {
        int k = (int) (number % PROBLEMS.length);
        Timestamp at = Timestamp.newBuilder().setSeconds(AT.getEpochSecond() + number).build();
        IdeaCard card = IdeaCard.newBuilder().setId(Ids.newId()).setMemberSlug(member).setNumber(number)
                .setAxisId("synthetic-axis").setAxisCode("S1").setCategory("اصطناعي - synthétique")
                .setSource("LIVE_WORKSHOP").setState("RECEIVED").setProblem(PROBLEMS[k] + " " + number)
                .setProposedSolution(SOLUTIONS[k]).setSubmittedAt(at).setUpdatedAt(at).setVersion(1).build();
        return new DomainEvent(Topics.IDEATION, "IdeaSubmitted", 1, "Idea", card.getId(), 1, member,
                IdeaSubmitted.newBuilder().setIdea(card).build());
    }
}
