package ma.remacto.projects.persistence;

import ma.remacto.projects.domain.LocalizedText;

import org.bson.Document;

/** Value mappings shared by the projects service's documents. Amounts are decimal strings, dates ISO strings. */
final class Documents {

    private Documents() {
    }

    static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    static LocalizedText text(Document d) {
        return d == null ? null : new LocalizedText(d.getString("ar"), d.getString("fr"));
    }

}
