package ma.remacto.opendata.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.TableSchema;

/** The Frictionless Data Package descriptor of a dataset (tabular-data-package, paths relative to the descriptor). */
final class DataPackages {

    private DataPackages() {
    }

    static Map<String, Object> descriptor(Dataset d, TableSchema schema) {
        Map<String, Object> tableSchema = new LinkedHashMap<>();
        tableSchema.put("fields", schema.fields().stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("type", f.type());
            field.put("title", f.title().ar());
            field.put("description", f.title().fr());
            return field;
        }).toList());
        tableSchema.put("primaryKey", List.of(schema.primaryKey()));
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", d.name());
        descriptor.put("id", d.id());
        descriptor.put("title", d.title().ar() + " / " + d.title().fr());
        descriptor.put("description", d.description().ar() + "\n\n" + d.description().fr());
        descriptor.put("licenses", List.of(Map.of("name", "ODbL-1.0", "path", Dataset.LICENSE_URL,
                "title", Dataset.LICENSE_TITLE)));
        descriptor.put("keywords", d.tags());
        if (d.created() != null) {
            descriptor.put("created", d.created().toString());
        }
        descriptor.put("resources", List.of(resource(d.name() + "-csv", "rows.csv", "csv", "text/csv", tableSchema),
                resource(d.name() + "-json", "rows.json", "json", "application/json", tableSchema)));
        return descriptor;
    }

    private static Map<String, Object> resource(String name, String path, String format, String mediaType,
            Map<String, Object> schema) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", name);
        resource.put("path", path);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", format);
        resource.put("mediatype", mediaType);
        resource.put("encoding", "utf-8");
        resource.put("schema", schema);
        return resource;
    }
}
