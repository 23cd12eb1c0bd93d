package fr.tremplin.core.search;

import fr.tremplin.core.referential.JobTitle;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;
import java.util.*;

class FullRateExploreTest {
    private static String masculine(String label) {
        String[] parts = label.split(" / ", 2);
        if (parts.length < 2) return label;
        List<String> mw = Arrays.stream(parts[0].split(" ")).map(w -> w.substring(0, Math.min(3, w.length())).toLowerCase()).toList();
        List<String> rest = new ArrayList<>(List.of(parts[1].split(" ")));
        while (!rest.isEmpty() && mw.contains(rest.get(0).substring(0, Math.min(3, rest.get(0).length())).toLowerCase())) rest.remove(0);
        return (parts[0] + " " + String.join(" ", rest)).strip();
    }
    private static String typo(String label) {
        String longest = Arrays.stream(label.split("[ /'-]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
        if (longest.length() < 5) return label;
        int i = longest.length() / 2;
        return label.replace(longest, longest.substring(0, i) + longest.charAt(i + 1) + longest.charAt(i) + longest.substring(i + 2));
    }
    @Test
    void explore() throws Exception {
        StringBuilder out = new StringBuilder();
        OccupationSearch search = OccupationSearch.build(TestReferential.get());
        List<JobTitle> all = TestReferential.get().jobTitles();
        int[] top1 = new int[4], top3 = new int[4];
        List<String> misses = new ArrayList<>();
        for (JobTitle t : all) {
            String[] qs = {t.label(), t.shortLabel(), masculine(t.label()), typo(masculine(t.label()))};
            for (int v = 0; v < 4; v++) {
                List<OccupationMatch> m = search.search(qs[v], 3);
                if (!m.isEmpty() && m.get(0).code().equals(t.occupationCode())) top1[v]++;
                if (m.stream().anyMatch(x -> x.code().equals(t.occupationCode()))) top3[v]++; else if (v >= 2 && misses.size() < 40) misses.add(v + " " + qs[v] + " [" + t.occupationCode() + "] -> " + m.stream().map(x -> x.code() + ":" + x.matchedTitle()).toList());
            }
        }
        int n = all.size();
        out.append("n=" + n + " full top1 " + top1[0] * 1.0 / n + " top3 " + top3[0] * 1.0 / n + "\n");
        out.append("short label top1 " + top1[1] * 1.0 / n + " top3 " + top3[1] * 1.0 / n + "\n");
        out.append("masc+typo top1 " + top1[3] * 1.0 / n + " top3 " + top3[3] * 1.0 / n + "\n");
        out.append("masculine top1 " + top1[2] * 1.0 / n + " top3 " + top3[2] * 1.0 / n + "\n");
        misses.forEach(x -> out.append(x + "\n"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/exp/full.txt"), out);
    }
}
