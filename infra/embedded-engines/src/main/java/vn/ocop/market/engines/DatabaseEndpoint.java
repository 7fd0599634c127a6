package vn.ocop.market.engines;

/** Where and as whom to connect to one database. */
public record DatabaseEndpoint(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        return "DatabaseEndpoint[" + jdbcUrl + " as " + user + "]";
    }
}
