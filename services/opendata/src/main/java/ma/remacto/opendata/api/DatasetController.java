package ma.remacto.opendata.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.RowRenditions;
import ma.remacto.opendata.domain.TableSchema;
import ma.remacto.opendata.persistence.MongoDatasetCatalog;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.ObjectMapper;

/**
 * The datasets API: the catalogue (list, one dataset with its schema) and the downloads (CSV, JSON, Frictionless
 * Data Package). Downloads stream: rows are read in keyset batches over {@code _id} and written straight to the
 * response, gzip-compressed when the client accepts it, with a weak ETag and Last-Modified (304 when unchanged).
 */
@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Open data: public, non-personal records of every member, CSV, JSON, Data Package")
public class DatasetController {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] COMMA = {','};

    /** Bytes written to the response (or the compressor) at once. */
    private static final int BUFFER = 64 * 1024;

    private final MongoDatasetCatalog catalog;
    private final ObjectMapper json;

    private final int gzipLevel;

    public DatasetController(MongoDatasetCatalog catalog, ObjectMapper json,
            @Value("${remacto.opendata.gzip-level:1}") int gzipLevel) {
        this.catalog = catalog;
        this.json = json;
        this.gzipLevel = gzipLevel;
    }

    @GetMapping
    @Operation(summary = "Datasets, by name; filters: member, region (the member's region), kind (IDEAS, PROJECTS, …)")
    public PageResult<DatasetView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        DatasetKind wanted = null;
        if (kind != null && !kind.isBlank()) {
            try {
                wanted = DatasetKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidInput(List.of(new FieldProblem("kind", "dataset.kind.unknown", kind)));
            }
        }
        List<Dataset> matching = new ArrayList<>();
        for (Dataset d : catalog.datasets()) {
            if ((wanted == null || d.kind() == wanted)
                    && (member == null || member.isBlank() || member.equals(d.publisherSlug()))
                    && (region == null || region.isBlank() || region.equals(d.regionSlug()))) {
                matching.add(d);
            }
        }
        List<DatasetView> items = matching.stream().skip(query.offset()).limit(query.size())
                .map(d -> DatasetView.of(d, null)).toList();
        return PageResult.of(items, query, matching.size());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One dataset (by name or id): metadata, resources and the schema of its rows")
    public DatasetView one(@PathVariable String name) {
        Dataset d = find(name);
        return DatasetView.of(d, catalog.schema(d.kind()));
    }

    @GetMapping("/{name}/rows.csv")
    @Operation(summary = "The rows as CSV (UTF-8, RFC 4180, header = the schema's field names; bom=true adds a BOM)")
    public ResponseEntity<StreamingResponseBody> csv(@PathVariable String name,
            @RequestParam(defaultValue = "false") boolean bom,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ifModifiedSince) {
        Dataset d = find(name);
        TableSchema schema = catalog.schema(d.kind());
        return download(d, "csv" + (bom ? "-bom" : ""), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name + ".csv", acceptEncoding, ifNoneMatch, ifModifiedSince, out -> {
                    if (bom) {
                        out.write(BOM);
                    }
                    out.write(RowRenditions.csvHeader(schema).getBytes(StandardCharsets.UTF_8));
                    catalog.forEachCsvLine(d, line -> write(out, line));
                });
    }

    @GetMapping("/{name}/rows.json")
    @Operation(summary = "The rows as one JSON array of objects (keys = the schema's field names, numbers as numbers)")
    public ResponseEntity<StreamingResponseBody> rowsJson(@PathVariable String name,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ifModifiedSince) {
        Dataset d = find(name);
        return download(d, "json", MediaType.APPLICATION_JSON, name + ".json", acceptEncoding, ifNoneMatch,
                ifModifiedSince, out -> {
                    out.write('[');
                    boolean[] first = {true};
                    catalog.forEachJsonObject(d, object -> {
                        if (!first[0]) {
                            write(out, COMMA);
                        }
                        write(out, object);
                        first[0] = false;
                    });
                    out.write(']');
                });
    }

    @GetMapping("/{name}/datapackage.json")
    @Operation(summary = "The Frictionless Data Package descriptor: licence, resources (CSV and JSON) and their schema")
    public ResponseEntity<StreamingResponseBody> datapackage(@PathVariable String name,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ifModifiedSince) {
        Dataset d = find(name);
        Map<String, Object> descriptor = DataPackages.descriptor(d, catalog.schema(d.kind()));
        byte[] body = json.writeValueAsBytes(descriptor);
        return download(d, "datapackage", MediaType.APPLICATION_JSON, "datapackage.json", acceptEncoding, ifNoneMatch,
                ifModifiedSince, out -> out.write(body));
    }

    private Dataset find(String name) {
        return catalog.dataset(name).orElseThrow(() -> ProblemException.notFound("dataset.not-found", name));
    }

    /** A gzip stream at a chosen deflate level (GZIPOutputStream only offers the default). */
    private static final class LeveledGzip extends GZIPOutputStream {

        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, BUFFER);
            def.setLevel(level);
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private ResponseEntity<StreamingResponseBody> download(Dataset d, String variant, MediaType type, String fileName,
            String acceptEncoding, String ifNoneMatch, String ifModifiedSince, Body body) {
        String etag = "W/\"" + d.name() + "-" + variant + "-" + catalog.revision(d.name()) + "-" + d.rows() + "\"";
        Instant modified = d.modified() == null ? null : d.modified().truncatedTo(ChronoUnit.SECONDS);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        if (modified != null) {
            headers.setLastModified(modified);
        }
        headers.setCacheControl(CacheControl.noCache().cachePublic());
        headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
        if (notModified(etag, modified, ifNoneMatch, ifModifiedSince)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        headers.setContentType(type);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        StreamingResponseBody stream = response -> {
            // Rows arrive a few hundred bytes at a time: buffered, the response (or the compressor) sees 64 kB writes.
            OutputStream out = gzip ? new LeveledGzip(response, gzipLevel) : response;
            OutputStream buffered = new BufferedOutputStream(out, BUFFER);
            body.writeTo(buffered);
            buffered.flush();
            if (out instanceof GZIPOutputStream zipped) {
                zipped.finish();
            }
            response.flush();
        };
        return ResponseEntity.ok().headers(headers).body(stream);
    }

    static boolean notModified(String etag, Instant modified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            String bare = etag.substring(2);
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.equals("*") || c.equals(etag) || c.equals(bare) || (c.startsWith("W/") && c.substring(2).equals(bare))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && modified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.isAfter(since);
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
