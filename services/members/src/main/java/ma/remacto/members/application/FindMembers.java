package ma.remacto.members.application;

import java.util.List;

import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.members.persistence.MemberRepository;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Public reads of the directory, and the change history for administrators and the member's staff. */
@Service
public class FindMembers {

    private final MemberRepository members;
    private final AccessPolicy access;

    public FindMembers(MemberRepository members, AccessPolicy access) {
        this.members = members;
        this.access = access;
    }

    public PageResult<Member> list(MemberKind kind, String region, String province, MemberStatus status, PageQuery page) {
        return members.search(kind, region, province, status, page);
    }

    public Member one(String slug) {
        return members.find(slug).orElseThrow(() -> ProblemException.notFound("member.not-found", slug));
    }

    public List<Document> history(String slug) {
        one(slug);
        access.requireStaffOf(slug);
        return members.history(slug);
    }
}
