package ma.remacto.platform.web;

/** For the few pages the services write themselves (dataset pages, evaluation reports): text made safe for HTML. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and quoted attributes: {@code & < > " '} only, so Arabic and French stay as
     * typed (unlike an entity table, which would turn {@code é} into {@code &eacute;}).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
