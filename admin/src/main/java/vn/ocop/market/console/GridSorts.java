package vn.ocop.market.console;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import vn.ocop.market.shared.SortBy;

import java.util.List;

/** A grid's sort request as the domain's sort keys; the services check each key against their whitelist. */
public final class GridSorts {

    private GridSorts() {
    }

    public static List<SortBy> of(Query<?, ?> query) {
        return query.getSortOrders().stream()
                .map(o -> new SortBy(o.getSorted(), o.getDirection() == SortDirection.DESCENDING)).toList();
    }
}
