package fr.tremplin.api.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One data line of an imported file: the line of the file where it starts (headers: line 1) and its cells by column
 * (a column absent from the file has no entry; a short line has empty cells).
 */
public record Line<C extends Enum<C> & Column>(int number, Map<C, String> cells) {
    /**
     * This line for a change of a stored row: every column the file does not have takes the stored value (the
     * stored row's export cells, in column order), so that a file of a few columns changes those columns only.
     */
    Line<C> keeping(Class<C> type, List<?> storedCells) {
        Map<C, String> all = new EnumMap<>(type);
        all.putAll(cells);
        for (C c : type.getEnumConstants()) {
            if (!all.containsKey(c)) {
                Object v = storedCells.get(c.ordinal());
                all.put(c, v == null ? "" : v.toString());
            }
        }
        return new Line<>(number, all);
    }
}
