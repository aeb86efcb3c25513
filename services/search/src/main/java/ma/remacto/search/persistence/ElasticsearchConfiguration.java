package ma.remacto.search.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;

import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch 8.x Java client, built here from {@code remacto.search.*}: Spring Boot 4's own
 * Elasticsearch auto-configuration targets the 9.x client and is not on the classpath. JSON goes through
 * Jackson 3 (the client's {@link Jackson3JsonpMapper}), the same Jackson generation as the rest of the service.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    public RestClient elasticsearchRestClient(SearchProperties properties) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(properties.elasticsearchUrl()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) properties.connectTimeout().toMillis())
                        .setSocketTimeout((int) properties.requestTimeout().toMillis()));
        BasicCredentialsProvider credentials = null;
        if (properties.elasticsearchUsername() != null && !properties.elasticsearchUsername().isBlank()) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(properties.elasticsearchUsername(),
                    properties.elasticsearchPassword() == null ? "" : properties.elasticsearchPassword()));
        }
        SSLContext tls = trusting(properties.elasticsearchCaFile());
        BasicCredentialsProvider auth = credentials;
        builder.setHttpClientConfigCallback(http -> {
            if (auth != null) {
                http.setDefaultCredentialsProvider(auth);
            }
            if (tls != null) {
                http.setSSLContext(tls);
            }
            return http;
        });
        return builder.build();
    }

    /** A TLS context trusting the PEM certificate authority of the cluster (ECK signs its own), or null for the JVM's. */
    static SSLContext trusting(String caFile) {
        if (caFile == null || caFile.isBlank()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(Path.of(caFile))) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("elasticsearch-ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the Elasticsearch certificate authority " + caFile, e);
        }
    }

    @Bean
    public ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new RestClientTransport(restClient, new Jackson3JsonpMapper(json), null, NoopInstrumentation.INSTANCE);
    }

    @Bean
    public ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean
    public ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }

    /** Cluster health, part of readiness: search answers nothing without Elasticsearch. */
    @Bean(name = "elasticsearch")
    public ElasticsearchHealthIndicator elasticsearchHealthIndicator(ElasticsearchAsyncClient client,
            SearchProperties properties) {
        return new ElasticsearchHealthIndicator(client, properties.alias());
    }
}
