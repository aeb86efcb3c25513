package ma.remacto.opendata.api.pages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.remacto.opendata.api.ckan.CkanViews;
import ma.remacto.opendata.api.ckan.PublicBaseUrl;
import ma.remacto.opendata.application.DatasetCatalog;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.opendata.domain.TableSchema;
import ma.remacto.platform.web.Html;

/**
 * Small public HTML pages: {@code /datasets} (every dataset) and {@code /datasets/{name}} (its metadata, a preview
 * of its first rows and its downloads). Arabic and right-to-left by default, French with {@code ?lang=fr} or when
 * {@code Accept-Language} prefers it. Every text is HTML-escaped; no script.
 */
@RestController
public class DatasetPagesController {

    static final int PREVIEW_ROWS = 10;
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Africa/Casablanca"));

    private final DatasetCatalog catalog;

    public DatasetPagesController(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/datasets")
    public ResponseEntity<String> list(@RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        String language = language(lang, acceptLanguage);
        boolean fr = language.equals("fr");
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(fr ? "Données ouvertes" : "البيانات المفتوحة").append("</h1>\n");
        List<Dataset> datasets = catalog.datasets().stream().sorted(Comparator.comparing(Dataset::name)).toList();
        if (datasets.isEmpty()) {
            body.append("<p>").append(fr ? "Aucun jeu de données pour l'instant." : "لا توجد مجموعات بيانات حالياً.")
                    .append("</p>\n");
        } else {
            body.append("<ul>\n");
            for (Dataset dataset : datasets) {
                body.append("<li><a href=\"/datasets/").append(Html.escape(dataset.name())).append(fr ? "?lang=fr" : "")
                        .append("\">").append(Html.escape(text(dataset.title(), language, dataset.name()))).append("</a> — ")
                        .append(Html.escape(text(publisherName(dataset), language, ""))).append("</li>\n");
            }
            body.append("</ul>\n");
        }
        return page(language, fr ? "Données ouvertes — REMACTO" : "البيانات المفتوحة — REMACTO", body, "/datasets");
    }

    @GetMapping("/datasets/{name}")
    public ResponseEntity<String> dataset(@PathVariable String name, @RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            HttpServletRequest request) {
        String language = language(lang, acceptLanguage);
        boolean fr = language.equals("fr");
        Dataset dataset = catalog.dataset(name).orElse(null);
        if (dataset == null) {
            StringBuilder body = new StringBuilder("<h1>")
                    .append(fr ? "Jeu de données introuvable" : "مجموعة البيانات غير موجودة").append("</h1>\n")
                    .append("<p><a href=\"/datasets").append(fr ? "?lang=fr" : "").append("\">")
                    .append(fr ? "Tous les jeux de données" : "كل مجموعات البيانات").append("</a></p>\n");
            ResponseEntity<String> page = page(language, fr ? "Introuvable" : "غير موجود", body, "/datasets/" + name);
            return ResponseEntity.status(404).headers(page.getHeaders()).body(page.getBody());
        }
        String baseUrl = PublicBaseUrl.of(request);
        String title = text(dataset.title(), language, dataset.name());
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p>").append(Html.escape(text(dataset.description(), language, ""))).append("</p>\n");
        body.append("<dl>\n");
        item(body, fr ? "Publié par" : "الناشر", Html.escape(text(publisherName(dataset), language, "")));
        item(body, fr ? "Licence" : "الترخيص", "<a href=\"" + Html.escape(Dataset.LICENSE_URL) + "\" rel=\"license\">"
                + Html.escape(Dataset.LICENSE_TITLE) + "</a>");
        item(body, fr ? "Dernière modification" : "آخر تعديل", dataset.modified() == null ? "—"
                : "<time datetime=\"" + Html.escape(dataset.modified().toString()) + "\">" + WHEN.format(dataset.modified()) + "</time>");
        item(body, fr ? "Lignes" : "عدد الصفوف", String.valueOf(dataset.rows()));
        if (!dataset.tags().isEmpty()) {
            item(body, fr ? "Mots-clés" : "الكلمات المفتاحية", Html.escape(String.join("، ", dataset.tags())));
        }
        body.append("</dl>\n");

        body.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
                .append(fr ? "Téléchargements" : "التحميلات").append("</h2>\n<ul>\n");
        for (Resource resource : dataset.resources()) {
            String url = CkanViews.absolute(baseUrl, resource.path());
            body.append("<li><a href=\"").append(Html.escape(url)).append("\" type=\"").append(Html.escape(resource.mediaType()))
                    .append("\">").append(Html.escape(label(resource, language))).append("</a></li>\n");
            if ("CSV".equalsIgnoreCase(resource.format())) {
                body.append("<li><a href=\"").append(Html.escape(url + (url.contains("?") ? "&" : "?") + "bom=true"))
                        .append("\" type=\"text/csv\">")
                        .append(fr ? "CSV pour tableur (UTF-8 avec BOM)" : "CSV لجداول البيانات (UTF-8 مع BOM)")
                        .append("</a></li>\n");
            }
        }
        body.append("<li><a href=\"/dataset/").append(Html.escape(dataset.name())).append(".jsonld\" type=\"application/ld+json\">")
                .append("DCAT (JSON-LD)</a></li>\n</ul>\n</section>\n");

        TableSchema schema = catalog.schema(dataset.kind());
        List<Map<String, Object>> rows = catalog.firstRows(dataset.name(), PREVIEW_ROWS);
        body.append("<section aria-labelledby=\"preview\">\n<h2 id=\"preview\">")
                .append(fr ? "Aperçu" : "معاينة").append("</h2>\n");
        if (schema == null || schema.fields().isEmpty() || rows.isEmpty()) {
            body.append("<p>").append(fr ? "Aucune ligne pour l'instant." : "لا توجد صفوف حالياً.").append("</p>\n");
        } else {
            body.append("<div class=\"table\"><table>\n<caption>")
                    .append(fr ? "Les " + rows.size() + " premières lignes" : "أول " + rows.size() + " صفوف")
                    .append("</caption>\n<thead><tr>");
            for (TableSchema.Field field : schema.fields()) {
                body.append("<th scope=\"col\">").append(Html.escape(text(field.title(), language, field.name()))).append("</th>");
            }
            body.append("</tr></thead>\n<tbody>\n");
            for (Map<String, Object> row : rows) {
                body.append("<tr>");
                for (TableSchema.Field field : schema.fields()) {
                    Object value = row.get(field.name());
                    body.append("<td>").append(value == null ? "" : Html.escape(String.valueOf(value))).append("</td>");
                }
                body.append("</tr>\n");
            }
            body.append("</tbody>\n</table></div>\n");
        }
        body.append("</section>\n");
        body.append("<p><a href=\"/datasets").append(fr ? "?lang=fr" : "").append("\">")
                .append(fr ? "Tous les jeux de données" : "كل مجموعات البيانات").append("</a></p>\n");
        return page(language, title + " — REMACTO", body, "/datasets/" + dataset.name());
    }

    private static String label(Resource resource, String language) {
        String name = resource.name() == null ? null : resource.name().in(language);
        return name == null || name.isBlank() ? resource.format() : name + " (" + resource.format() + ")";
    }

    private static void item(StringBuilder body, String term, String html) {
        body.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static LocalizedText publisherName(Dataset dataset) {
        if (dataset.publisherName() != null) {
            return dataset.publisherName();
        }
        return dataset.publisherSlug() == null ? CkanViews.NETWORK_NAME : new LocalizedText(dataset.publisherSlug(), null);
    }

    private static String text(LocalizedText text, String language, String fallback) {
        String value = text == null ? null : text.in(language);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ResponseEntity<String> page(String language, String title, StringBuilder body, String path) {
        boolean fr = language.equals("fr");
        String other = fr ? "ar" : "fr";
        String html = "<!DOCTYPE html>\n<html lang=\"" + language + "\" dir=\"" + (fr ? "ltr" : "rtl") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:auto;padding:1rem;line-height:1.5}"
                + "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:start}"
                + ".table{overflow-x:auto}dt{font-weight:bold}</style>\n</head>\n<body>\n"
                + "<header><nav aria-label=\"" + (fr ? "Langue" : "اللغة") + "\"><a href=\"" + Html.escape(path) + "?lang=" + other
                + "\" lang=\"" + other + "\" hreflang=\"" + other + "\">" + (fr ? "العربية" : "Français") + "</a></nav></header>\n"
                + "<main>\n" + body + "</main>\n"
                + "<footer><p>REMACTO — " + Html.escape(CkanViews.NETWORK_NAME.in(language)) + " · <a href=\"/catalog.jsonld\">DCAT</a>"
                + " · <a href=\"/api/3/action/package_list\">CKAN API</a></p></footer>\n</body>\n</html>\n";
        return ResponseEntity.ok().contentType(HTML).header("Content-Language", language).body(html);
    }

    /** {@code ar} unless {@code lang=fr}, or no {@code lang} and Accept-Language prefers French to Arabic. */
    static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "ar";
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "ar";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return "fr";
                }
                if (tag.startsWith("ar")) {
                    return "ar";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "ar";
        }
        return "ar";
    }
}
