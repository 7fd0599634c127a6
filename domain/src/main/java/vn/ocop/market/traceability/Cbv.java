package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The GS1 Core Business Vocabulary 2.0 terms the console records (short names, as EPCIS 2.0 JSON writes them). */
public final class Cbv {

    /** The business steps a producer records from the console, in the order of a batch's life. */
    public static final List<String> STEPS = List.of("commissioning", "harvesting", "transforming", "inspecting",
            "packing", "shipping", "receiving");

    /** The steps CBV 2.0 does not name; they are written as URIs in the project's namespace. */
    static final String OWN_STEP = "https://ocop.vn/epcis/BizStep-";

    private static final String[] PREFIXES = {OWN_STEP, "urn:epcglobal:cbv:bizstep:", "urn:epcglobal:cbv:disp:",
        "https://ref.gs1.org/cbv/BizStep-", "https://ref.gs1.org/cbv/Disp-", "https://gs1.org/voc/BizStep-",
        "https://gs1.org/voc/Disp-"};

    private Cbv() {
    }

    /** The step as an EPCIS document writes it: CBV's own name, or a URI for harvesting and transforming. */
    public static String term(String step) {
        return step.equals("harvesting") || step.equals("transforming") ? OWN_STEP + step : step;
    }

    /** The disposition a step leaves its objects in. */
    public static String disposition(String step) {
        return switch (step) {
            case "commissioning", "harvesting", "transforming" -> "active";
            case "shipping" -> "in_transit";
            case "inspecting", "packing", "receiving" -> "in_progress";
            default -> "active";
        };
    }

    /** The term without a CBV URI prefix. */
    public static @Nullable String shortName(@Nullable String term) {
        if (term == null) {
            return null;
        }
        for (String p : PREFIXES) {
            if (term.startsWith(p)) {
                return term.substring(p.length());
            }
        }
        return term;
    }
}
