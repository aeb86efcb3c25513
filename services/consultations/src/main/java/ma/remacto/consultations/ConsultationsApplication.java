package ma.remacto.consultations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Meetings, co-preparation calendars, public consultations and satisfaction surveys; the window sweeper is scheduled. */
@SpringBootApplication
@EnableScheduling
public class ConsultationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsultationsApplication.class, args);
    }
}
