package ma.remacto.platform.web;

import java.util.List;
import java.util.function.Function;

/** The one shape of every paged answer. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + query.size() - 1) / query.size();
        return new PageResult<>(items, query.page(), query.size(), totalItems, pages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
