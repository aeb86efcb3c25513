package ma.remacto.ideation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IdeationApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdeationApplication.class, args);
    }
}
