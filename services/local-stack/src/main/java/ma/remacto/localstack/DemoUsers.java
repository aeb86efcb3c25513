package ma.remacto.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/** Lists the demo users the local identity service knows, one per line: username, roles, members. */
public final class DemoUsers {

    private DemoUsers() {
    }

    public static void main(String[] args) throws IOException {
        for (String line : lines(StackPaths.root().resolve("services/identity/src/main/resources/application.yaml"))) {
            System.out.println(line);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> lines(Path identityConfiguration) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(identityConfiguration)) {
            root = new Yaml().load(reader);
        }
        Map<String, Object> remacto = (Map<String, Object>) root.get("remacto");
        Map<String, Object> identity = (Map<String, Object>) remacto.get("identity");
        List<Map<String, Object>> users = (List<Map<String, Object>>) identity.get("users");
        List<String> lines = new ArrayList<>(users.stream().map(user -> String.format("%-32s %-18s %s",
                user.get("username"), String.join(",", (List<String>) user.get("roles")),
                String.join(",", (List<String>) user.getOrDefault("members", List.of())))).toList());
        Map<String, Object> citizens = (Map<String, Object>) identity.get("demo-citizens");
        if (citizens != null) {
            int count = ((Number) citizens.get("count")).intValue();
            lines.add(String.format("%-32s %-18s %s", citizens.get("prefix") + "001…" + citizens.get("prefix")
                    + String.format("%03d", count), "CITIZEN", "(numbered demo citizens)"));
        }
        return lines;
    }
}
