package vn.ocop.market.region;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.VietnameseText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current provinces, found by their current or former name, with or without diacritics. */
@Singleton
public class Provinces {

    private final List<Province> all;
    private final Map<String, Province> byFoldedName = new HashMap<>();

    public Provinces() {
        this.all = load();
        for (Province p : all) {
            byFoldedName.put(VietnameseText.fold(p.name()), p);
        }
        for (Province p : all) {
            for (String former : p.formerNames()) {
                byFoldedName.putIfAbsent(VietnameseText.fold(former), p);
            }
        }
    }

    /** All 34 current provinces in code order. */
    public List<Province> all() {
        return all;
    }

    /** The current province for a current or former name ("Hà Giang" gives Tuyên Quang). */
    public Optional<Province> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = VietnameseText.fold(name.trim()).replaceFirst("^(tinh|thanh pho|tp\\.?) ", "");
        return Optional.ofNullable(byFoldedName.get(key));
    }

    private static List<Province> load() {
        var in = Provinces.class.getResourceAsStream("/region/provinces.csv");
        if (in == null) {
            throw new IllegalStateException("region/provinces.csv missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Province> out = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                List<String> former = cols[2].isBlank() ? List.of()
                        : Arrays.stream(cols[2].split(";")).map(String::trim).filter(s -> !s.equals(cols[1])).toList();
                out.add(new Province(cols[0], cols[1], former));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
