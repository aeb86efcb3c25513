package ma.remacto.gateway.error;

import org.springframework.http.HttpStatus;

/**
 * The errors the gateway itself answers with, each in Arabic (the platform's first language) and French. Errors a
 * downstream service answers with pass through untouched: only the gateway's own failures are described here.
 */
public enum GatewayProblem {

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthenticated",
			"المصادقة مطلوبة", "يتطلب هذا الطلب تسجيل الدخول. يرجى تقديم رمز وصول صالح.",
			"Authentification requise", "Cette requête nécessite une connexion. Veuillez fournir un jeton d'accès valide."),

	INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "invalid-token",
			"رمز الوصول غير صالح", "رمز الوصول المقدم غير صالح أو منتهي الصلاحية. يرجى تسجيل الدخول من جديد.",
			"Jeton d'accès invalide", "Le jeton d'accès fourni est invalide ou a expiré. Veuillez vous reconnecter."),

	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden",
			"الوصول مرفوض", "ليست لديك صلاحية القيام بهذه العملية.",
			"Accès refusé", "Vous n'avez pas l'autorisation d'effectuer cette opération."),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found",
			"المورد غير موجود", "لا يوجد أي مورد يطابق هذا العنوان.",
			"Ressource introuvable", "Aucune ressource ne correspond à cette adresse."),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
			"الطريقة غير مسموح بها", "طريقة HTTP هذه غير مقبولة لهذا العنوان.",
			"Méthode non autorisée", "Cette méthode HTTP n'est pas acceptée pour cette adresse."),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
			"حجم الطلب كبير جدا", "يتجاوز حجم الطلب الحد الأقصى المسموح به.",
			"Requête trop volumineuse", "La taille de la requête dépasse la limite autorisée."),

	/** Too many requests from one caller or address (remacto.gateway.rate-limits); sent with Retry-After. */
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
			"طلبات كثيرة جدا", "أرسلت عددا كبيرا من الطلبات في وقت قصير. يرجى الانتظار قليلا ثم إعادة المحاولة.",
			"Trop de requêtes",
			"Vous avez envoyé trop de requêtes en peu de temps. Veuillez patienter un moment puis réessayer."),

	/** Any other 4xx the gateway raises (malformed request line, unsupported media type...). */
	REQUEST_REJECTED(HttpStatus.BAD_REQUEST, "request-rejected",
			"طلب غير مقبول", "تعذرت معالجة هذا الطلب كما أرسل.",
			"Requête non acceptée", "Cette requête ne peut pas être traitée telle qu'elle a été envoyée."),

	BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway",
			"استجابة غير صالحة من الخدمة", "قطعت الخدمة المعنية الاتصال قبل إرسال استجابة كاملة. يرجى المحاولة لاحقا.",
			"Réponse invalide du service",
			"Le service concerné a interrompu la connexion avant de répondre. Veuillez réessayer plus tard."),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
			"الخدمة غير متاحة", "الخدمة المطلوبة غير متاحة حاليا. يرجى المحاولة لاحقا.",
			"Service indisponible", "Le service demandé est momentanément indisponible. Veuillez réessayer plus tard."),

	GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout",
			"انتهت مهلة الاستجابة", "لم تستجب الخدمة المطلوبة في الوقت المحدد. يرجى المحاولة لاحقا.",
			"Délai de réponse dépassé", "Le service demandé n'a pas répondu à temps. Veuillez réessayer plus tard."),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
			"خطأ داخلي", "حدث خطأ غير متوقع في البوابة. يرجى المحاولة لاحقا.",
			"Erreur interne", "Une erreur inattendue s'est produite dans la passerelle. Veuillez réessayer plus tard.");

	/** Problem types are URIs under one base so clients can switch on them; they need not resolve. */
	public static final String TYPE_BASE = "https://remacto.ma/problems/";

	private final HttpStatus status;

	private final String slug;

	private final String titleAr;

	private final String detailAr;

	private final String titleFr;

	private final String detailFr;

	GatewayProblem(HttpStatus status, String slug, String titleAr, String detailAr, String titleFr, String detailFr) {
		this.status = status;
		this.slug = slug;
		this.titleAr = titleAr;
		this.detailAr = detailAr;
		this.titleFr = titleFr;
		this.detailFr = detailFr;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.slug;
	}

	public String type() {
		return TYPE_BASE + this.slug;
	}

	public String title(Language language) {
		return (language == Language.FR) ? this.titleFr : this.titleAr;
	}

	public String detail(Language language) {
		return (language == Language.FR) ? this.detailFr : this.detailAr;
	}

	/** The problem for a status the gateway raised without a more specific cause. */
	public static GatewayProblem forStatus(int status) {
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 429 -> RATE_LIMITED;
			case 502 -> BAD_GATEWAY;
			case 503 -> SERVICE_UNAVAILABLE;
			case 504 -> GATEWAY_TIMEOUT;
			default -> (status >= 400 && status < 500) ? REQUEST_REJECTED : INTERNAL_ERROR;
		};
	}

	public enum Language {

		AR("ar"), FR("fr");

		private final String tag;

		Language(String tag) {
			this.tag = tag;
		}

		public String tag() {
			return this.tag;
		}

	}

}
