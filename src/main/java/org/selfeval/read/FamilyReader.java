package org.selfeval.read;

import java.util.List;
import org.selfeval.model.Family;
import org.selfeval.model.Form;

/**
 * LAYOUTS.md rule 1: the family of a form, told from the labels only that family uses (vocabulary keys
 * {@code family.*}), checked in the order B, C, D, E, F, G; a form none of them claims is national.
 */
final class FamilyReader {
    private FamilyReader() {
    }

    /**
     * @param funds the funds block as read (null when not found)
     * @param rows  the indicator rows as read (empty when none)
     * @param total the 总分 row as read (null when none)
     */
    static Family identify(LabelScan labels, Form.Funds funds, List<Form.IndicatorRow> rows, Form.TotalRow total,
                           Vocabulary v) {
        if (labels.anyContaining(v.words("family.sichuan.contains"))
                || v.words("family.sichuan.rows").stream().allMatch(w -> labels.any(List.of(w)))) {
            return Family.SICHUAN_0013ZP;
        }
        if (labels.any(v.words("family.hebei"))) {
            return Family.HEBEI;
        }
        if (labels.any(v.words("family.chongqing"))) {
            return Family.CHONGQING_DEPT;
        }
        boolean fundsUnscored = funds != null && unscored(funds.total());
        if (fundsUnscored && labels.any(v.words("family.ningxia"))) {
            return Family.NINGXIA;
        }
        if (labels.anyWholeContaining(v.words("family.20-80.text"))) {
            return Family.TWENTY_EIGHTY;
        }
        if ((funds != null || !rows.isEmpty()) && Form.scoresNothing(funds, rows, total)) {
            return Family.UNSCORED;
        }
        return Family.NATIONAL;
    }

    /** A funds row with neither a weight (column or stated) nor a score column. */
    private static boolean unscored(Form.FundsRow total) {
        return total == null || total.weight() == null && total.score() == null;
    }
}
