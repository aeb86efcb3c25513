package ma.remacto.petitions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PetitionsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionsApplication.class, args);
    }
}
