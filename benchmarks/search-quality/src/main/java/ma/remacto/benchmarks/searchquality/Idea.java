package ma.remacto.benchmarks.searchquality;

/** One demo idea, named {@code member:number} (e.g. {@code larache:647}, {@code beni-ansar:12}). */
public record Idea(String member, int number, String axisCode, String category, String problem, String proposedSolution) {

    public String id() {
        return member + ":" + number;
    }
}
