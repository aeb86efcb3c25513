package ma.remacto.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import ma.remacto.platform.mongo.ProcessedEvents;

import org.springframework.context.SmartLifecycle;

/** Starts one thread per declared {@link EventSubscription} once the application is ready, stops them first. */
public class EventConsumers implements SmartLifecycle {

    private final List<EventSubscription> subscriptions;
    private final KafkaClients clients;
    private final ProcessedEvents processed;
    private final EventsProperties properties;
    private final Clock clock;
    private final MeterRegistry registry;
    private final List<SubscriptionRunner> runners = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public EventConsumers(List<EventSubscription> subscriptions, KafkaClients clients, ProcessedEvents processed,
            EventsProperties properties, Clock clock, MeterRegistry registry) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.processed = processed;
        this.properties = properties;
        this.clock = clock;
        this.registry = registry;
    }

    @Override
    public void start() {
        for (EventSubscription subscription : subscriptions) {
            SubscriptionRunner runner = new SubscriptionRunner(subscription, clients, processed, properties, clock,
                    registry);
            runners.add(runner);
            threads.add(Thread.ofPlatform().name("events-" + subscription.name()).start(runner));
        }
        running = true;
    }

    @Override
    public void stop() {
        runners.forEach(SubscriptionRunner::stop);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runners.clear();
        threads.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
