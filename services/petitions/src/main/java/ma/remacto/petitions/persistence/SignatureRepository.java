package ma.remacto.petitions.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;

import ma.remacto.petitions.domain.ResidenceDeclaration;
import ma.remacto.petitions.domain.Tally;

import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Signatures, where the database itself refuses duplicates through {@code _id}s (no other index is needed, and the
 * MongoDB-wire server enforces only those reliably):
 * <ul>
 * <li>{@code <petitionId>:a:<account hash>} — one per petition and account, written first, as a lock;</li>
 * <li>{@code <petitionId>:c:<CNIE hash>} — the signature: one per petition and national ID number, with the
 * prefecture or province of residence, the declaration and the time. Counts are the number of these documents,
 * read by a prefix regex on {@code _id} (served by the _id index), so they cannot drift.</li>
 * </ul>
 * No number, name or account is stored: only keyed hashes.
 */
@Repository
public class SignatureRepository {

    public static final String COLLECTION = "signatures";

    private final MongoCollection<Document> collection;

    public SignatureRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public enum Outcome {
        SIGNED,
        ACCOUNT_ALREADY_SIGNED,
        CNIE_ALREADY_SIGNED
    }

    /** Stores one signature, or says which duplicate the database refused (then nothing of it stays). */
    public Outcome add(String petitionId, String accountHash, String cnieHash, String province,
            ResidenceDeclaration declaration, Instant at) {
        String lock = petitionId + ":a:" + accountHash;
        if (!insert(new Document("_id", lock).append("at", Date.from(at)))) {
            return Outcome.ACCOUNT_ALREADY_SIGNED;
        }
        boolean signed;
        try {
            signed = insert(new Document("_id", petitionId + ":c:" + cnieHash).append("province", province)
                    .append("declaration", declaration.name()).append("at", Date.from(at)).append("account", accountHash));
        } catch (RuntimeException e) {
            collection.deleteOne(eq("_id", lock));
            throw e;
        }
        if (!signed) {
            collection.deleteOne(eq("_id", lock));
            return Outcome.CNIE_ALREADY_SIGNED;
        }
        return Outcome.SIGNED;
    }

    /** Takes a signature back (it raced with the end of the collection). */
    public void remove(String petitionId, String accountHash, String cnieHash) {
        collection.deleteOne(eq("_id", petitionId + ":c:" + cnieHash));
        collection.deleteOne(eq("_id", petitionId + ":a:" + accountHash));
    }

    public Tally tally(String petitionId) {
        Map<String, Long> byProvince = new HashMap<>();
        long total = 0;
        for (Document d : collection.find(regex("_id", "^" + petitionId + ":c:")).projection(Projections.include("province"))) {
            total++;
            String province = d.getString("province");
            if (province != null) {
                byProvince.merge(province, 1L, Long::sum);
            }
        }
        return new Tally(total, byProvince);
    }

    public long count(String petitionId) {
        return collection.countDocuments(regex("_id", "^" + petitionId + ":c:"));
    }

    private boolean insert(Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
