package ma.remacto.members.domain;

/** Region (جهة), province or prefecture (إقليم / عمالة), commune (جماعة). */
public enum MemberKind {
    REGION,
    PROVINCE,
    COMMUNE
}
