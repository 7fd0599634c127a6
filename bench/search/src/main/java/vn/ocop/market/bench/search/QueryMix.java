package vn.ocop.market.bench.search;

import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.VietnameseText;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A fixed mix of shopper searches (same seed, same 200 queries every run): words from product
 * names and places, with and without diacritics, some with a one-letter typo; most with facets
 * (stars, group, province by current or former name, producer type, price band) and some sorted.
 */
final class QueryMix {

    /** One search as API parameters. */
    record Search(Map<String, List<String>> params) {
        String queryString() {
            List<String> parts = new ArrayList<>();
            params.forEach((k, vs) -> vs.forEach(v -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)
                    .replace("+", "%20"))));
            return String.join("&", parts);
        }
    }

    private static final String[] SORTS = {"price_asc", "price_desc", "newest", "stars"};
    private static final long[][] BANDS = {{0, 99_999}, {100_000, 199_999}, {200_000, 499_999}, {500_000, 999_999}};

    static List<Search> of(int count) {
        Random random = new Random(7);
        List<Province> provinces = new Provinces().all();
        List<Search> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            int kind = i % 10;
            if (kind < 8) {
                p.put("q", List.of(text(random)));
            }
            if (kind >= 4) {
                switch (random.nextInt(5)) {
                    case 0 -> p.put("stars", List.of(random.nextBoolean() ? "5" : "4,5"));
                    case 1 -> p.put("group", List.of(CatalogGenerator.GROUPS[random.nextInt(4)]));
                    case 2 -> {
                        Province province = provinces.get(random.nextInt(provinces.size()));
                        String name = !province.formerNames().isEmpty() && random.nextBoolean()
                                ? province.formerNames().getFirst() : province.name();
                        p.put("province", List.of(name));
                    }
                    case 3 -> p.put("producerType", List.of(CatalogGenerator.TYPES[random.nextInt(4)]));
                    default -> {
                        long[] band = BANDS[random.nextInt(BANDS.length)];
                        p.put("minPrice", List.of(Long.toString(band[0])));
                        p.put("maxPrice", List.of(Long.toString(band[1])));
                    }
                }
                if (random.nextInt(3) == 0) {
                    p.put("stars", List.of("4,5"));
                }
            }
            if (kind >= 7 || random.nextInt(10) == 0) {
                p.put("sort", List.of(SORTS[random.nextInt(SORTS.length)]));
            }
            if (random.nextInt(8) == 0) {
                p.put("page", List.of(Integer.toString(1 + random.nextInt(2))));
            }
            out.add(new Search(p));
        }
        return out;
    }

    private static String text(Random random) {
        String base = CatalogGenerator.BASES[random.nextInt(3)][random.nextInt(10)];
        String[] words = base.split(" ");
        String text = switch (random.nextInt(4)) {
            case 0 -> base;
            case 1 -> words[0] + " " + (words.length > 1 ? words[1] : "");
            case 2 -> base + " " + CatalogGenerator.PLACES[random.nextInt(CatalogGenerator.PLACES.length)];
            default -> CatalogGenerator.PLACES[random.nextInt(CatalogGenerator.PLACES.length)];
        };
        text = text.trim();
        if (random.nextBoolean()) {
            text = VietnameseText.fold(text);
        }
        if (random.nextInt(10) == 0) {
            text = typo(text, random);
        }
        return text;
    }

    /** Doubles one letter of the longest word (a one-letter typo). */
    private static String typo(String text, Random random) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() >= 5) {
            int at = 1 + random.nextInt(w.length() - 1);
            words[longest] = w.substring(0, at) + w.charAt(at) + w.substring(at);
        }
        return String.join(" ", words);
    }
}
