package org.selfeval.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.selfeval.model.Family;
import org.selfeval.model.Numbers;
import org.selfeval.value.SettingsText;
import org.selfeval.value.TextNormalizer;

/**
 * Everything a province sets differently (RULES.md §9), immutable; {@link #national()} is the national
 * rule 财预〔2020〕10号, named {@code mof-2020}. A rules file (UTF-8 {@code .properties}, keys in
 * {@code docs/rules-file.md}) overrides any of the national values.
 */
public final class RuleSettings implements Cloneable {

    /** How an at-most figure above its target is scored (RULES.md §3). */
    public enum AtMostFormula {
        /** w × T / A */
        RATIO("ratio"),
        /** w × (2T − A) / T, 0 from A = 2T on */
        LINEAR_TO_ZERO_AT_DOUBLE("linear-to-zero-at-double");

        private final String key;

        AtMostFormula(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final List<String> NATIONAL_PLACEHOLDERS =
            List.of("无", "无偏差", "/", "-", "—", "0", "暂无", "不适用", "存在问题：暂无");

    private static final RuleSettings NATIONAL = new RuleSettings();

    private String name = "mof-2020";
    private double fundsWeight = 10;
    private double outputWeight = 50;
    private double benefitWeight = 30;
    private double satisfactionWeight = 10;
    private double gradeExcellent = 90;
    private double gradeGood = 80;
    private double gradePass = 60;
    private AtMostFormula atMostFormula = AtMostFormula.RATIO;
    private double overAchievement = 1.3;
    private double lowExecution = 0.9;
    private boolean fundsScoreCapped = true;
    private double fundsDefaultWeight = 10;
    private double bandAchieved = 0.8;
    private double bandPartial = 0.6;
    private double defaultAchieved = 1.0;
    private double defaultPartial = 0.7;
    private double defaultNotAchieved = 0.3;
    private Set<String> placeholders = normalized(NATIONAL_PLACEHOLDERS);
    /** The usual sum of all indicator weights, compared instead of each category's (20/80 family); null: by category. */
    private Double indicatorsWeight;
    /** The keys a rules file set: a family's usual split never overrides them. */
    private Set<String> fileKeys = Set.of();

    /** The national values (the field initialisers); a rules file is applied to a fresh instance. */
    private RuleSettings() {
    }

    public static RuleSettings national() {
        return NATIONAL;
    }

    /**
     * Reads a rules file: the national values with the file's keys applied. The rules are named by the
     * {@code name} key, else by the file name without extension.
     *
     * @throws IllegalArgumentException (Chinese message naming the key) for an unknown key, a bad value
     *                                  or values that contradict each other
     */
    public static RuleSettings load(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        Properties p = new Properties();
        p.load(new StringReader(text(Files.readAllBytes(file), fileName)));
        RuleSettings s = new RuleSettings();
        s.name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Map<String, Setter> keys = setters(fileName);
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            Setter setter = keys.get(key);
            if (setter == null) {
                throw new IllegalArgumentException("规则文件 " + fileName + " 中的键“" + key + "”无法识别；可用的键见 docs/rules-file.md");
            }
            setter.set(s, key, p.getProperty(key).strip());
        }
        s.fileKeys = Set.copyOf(p.stringPropertyNames());
        s.validate(fileName);
        return s;
    }

    /** The text of a rules file ({@link SettingsText}: UTF-8 with or without a BOM, Notepad's UTF-16). */
    static String text(byte[] bytes, String fileName) {
        return SettingsText.decode(bytes, "规则文件", fileName);
    }

    /**
     * These settings with a family's usual split of the weights (LAYOUTS.md rule 1): 宁夏 funds none, 产出 40 /
     * 效益 40 / 满意度 20; 20/80 funds 20, indicators 80 together. A weight key set by the rules file is kept.
     */
    public RuleSettings forFamily(Family family) {
        RuleSettings s = copy();
        switch (family) {
            case NINGXIA -> {
                s.usual("weight.funds", 0, v -> s.fundsWeight = v);
                s.usual("weight.output", 40, v -> s.outputWeight = v);
                s.usual("weight.benefit", 40, v -> s.benefitWeight = v);
                s.usual("weight.satisfaction", 20, v -> s.satisfactionWeight = v);
            }
            case TWENTY_EIGHTY -> {
                s.usual("weight.funds", 20, v -> s.fundsWeight = v);
                if (!fileKeys.contains("weight.output") && !fileKeys.contains("weight.benefit")
                        && !fileKeys.contains("weight.satisfaction")) {
                    s.usual("weight.indicators", 80, v -> s.indicatorsWeight = v);
                }
            }
            default -> {
                return this;
            }
        }
        return s;
    }

    private void usual(String key, double value, java.util.function.DoubleConsumer set) {
        if (!fileKeys.contains(key)) {
            set.accept(value);
        }
    }

    private RuleSettings copy() {
        try {
            return (RuleSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Applies one key of a rules file; {@code key} names it in the error message. */
    private interface Setter {
        void set(RuleSettings s, String key, String value);
    }

    private static Map<String, Setter> setters(String file) {
        Map<String, Setter> m = new LinkedHashMap<>();
        m.put("name", (s, k, v) -> s.name = requireText(file, k, v));
        m.put("weight.funds", (s, k, v) -> s.fundsWeight = number(file, k, v));
        m.put("weight.output", (s, k, v) -> s.outputWeight = number(file, k, v));
        m.put("weight.benefit", (s, k, v) -> s.benefitWeight = number(file, k, v));
        m.put("weight.satisfaction", (s, k, v) -> s.satisfactionWeight = number(file, k, v));
        m.put("weight.indicators", (s, k, v) -> s.indicatorsWeight = number(file, k, v));
        m.put("grade.excellent", (s, k, v) -> s.gradeExcellent = number(file, k, v));
        m.put("grade.good", (s, k, v) -> s.gradeGood = number(file, k, v));
        m.put("grade.pass", (s, k, v) -> s.gradePass = number(file, k, v));
        m.put("atMost.formula", (s, k, v) -> s.atMostFormula = formula(file, k, v));
        m.put("overAchievement.threshold", (s, k, v) -> s.overAchievement = fraction(file, k, v));
        m.put("lowExecution.threshold", (s, k, v) -> s.lowExecution = fraction(file, k, v));
        m.put("funds.scoreCapped", (s, k, v) -> s.fundsScoreCapped = bool(file, k, v));
        m.put("funds.defaultWeight", (s, k, v) -> s.fundsDefaultWeight = number(file, k, v));
        m.put("qualitative.band.achieved", (s, k, v) -> s.bandAchieved = fraction(file, k, v));
        m.put("qualitative.band.partial", (s, k, v) -> s.bandPartial = fraction(file, k, v));
        m.put("qualitative.default.achieved", (s, k, v) -> s.defaultAchieved = fraction(file, k, v));
        m.put("qualitative.default.partial", (s, k, v) -> s.defaultPartial = fraction(file, k, v));
        m.put("qualitative.default.notAchieved", (s, k, v) -> s.defaultNotAchieved = fraction(file, k, v));
        m.put("deviation.placeholders", (s, k, v) -> s.placeholders = normalized(List.of(v.split("[,，]", -1))));
        return m;
    }

    private void validate(String file) {
        List<String> problems = new ArrayList<>();
        if (!(gradeExcellent > gradeGood && gradeGood > gradePass && gradePass > 0)) {
            problems.add("grade.excellent > grade.good > grade.pass > 0 不成立（现为 " + Numbers.plain(gradeExcellent) + "、"
                    + Numbers.plain(gradeGood) + "、" + Numbers.plain(gradePass) + "）");
        }
        if (!(bandAchieved > bandPartial && bandPartial > 0 && bandAchieved <= 1)) {
            problems.add("须 1 ≥ qualitative.band.achieved > qualitative.band.partial > 0");
        }
        if (defaultAchieved < bandAchieved || defaultAchieved > 1) {
            problems.add("qualitative.default.achieved 须在“达成”档内（" + Numbers.plain(bandAchieved) + "～1）");
        }
        if (defaultPartial < bandPartial || defaultPartial >= bandAchieved) {
            problems.add("qualitative.default.partial 须在“部分达成”档内（" + Numbers.plain(bandPartial) + "～"
                    + Numbers.plain(bandAchieved) + "）");
        }
        if (defaultNotAchieved < 0 || defaultNotAchieved >= bandPartial) {
            problems.add("qualitative.default.notAchieved 须在“未达成”档内（0～" + Numbers.plain(bandPartial) + "）");
        }
        if (overAchievement <= 1) {
            problems.add("overAchievement.threshold 须大于 100%");
        }
        if (lowExecution <= 0 || lowExecution > 1) {
            problems.add("lowExecution.threshold 须在 0～100% 之间");
        }
        if (fundsWeight < 0 || outputWeight < 0 || benefitWeight < 0 || satisfactionWeight < 0
                || fundsDefaultWeight < 0) {
            problems.add("weight.* 与 funds.defaultWeight 不能为负数");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("规则文件 " + file + " 的取值有误：" + String.join("；", problems));
        }
    }

    private static String requireText(String file, String key, String v) {
        if (v.isEmpty()) {
            throw bad(file, key, v, "不能为空");
        }
        return v;
    }

    private static double number(String file, String key, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw bad(file, key, v, "不是数字");
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(file, key, v, "不是数字");
        }
    }

    /** A fraction written as {@code 0.9} or {@code 90%}. */
    private static double fraction(String file, String key, String v) {
        String s = TextNormalizer.normalize(v);
        boolean percent = s.endsWith("%");
        double d = number(file, key, percent ? s.substring(0, s.length() - 1) : s);
        d = percent ? d / 100 : d;
        if (d < 0) {
            throw bad(file, key, v, "不能为负数");
        }
        return d;
    }

    private static boolean bool(String file, String key, String v) {
        return switch (v.toLowerCase()) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> throw bad(file, key, v, "应为 true 或 false");
        };
    }

    private static AtMostFormula formula(String file, String key, String v) {
        for (AtMostFormula f : AtMostFormula.values()) {
            if (f.key().equals(v)) {
                return f;
            }
        }
        throw bad(file, key, v, "应为 ratio 或 linear-to-zero-at-double");
    }

    private static IllegalArgumentException bad(String file, String key, String v, String why) {
        return new IllegalArgumentException("规则文件 " + file + " 中“" + key + "”的值“" + v + "”" + why);
    }

    private static Set<String> normalized(List<String> words) {
        return Set.copyOf(words.stream().map(TextNormalizer::normalize).toList());
    }

    /** The name the report shows, e.g. "mof-2020". */
    public String name() {
        return name;
    }

    public double fundsWeight() {
        return fundsWeight;
    }

    public double outputWeight() {
        return outputWeight;
    }

    public double benefitWeight() {
        return benefitWeight;
    }

    public double satisfactionWeight() {
        return satisfactionWeight;
    }

    /** The usual sum of all indicator weights when it is compared as one (20/80 family), else null. */
    public Double indicatorsWeight() {
        return indicatorsWeight;
    }

    /** Lowest total graded 优. */
    public double gradeExcellent() {
        return gradeExcellent;
    }

    /** Lowest total graded 良. */
    public double gradeGood() {
        return gradeGood;
    }

    /** Lowest total graded 中 (below: 差). */
    public double gradePass() {
        return gradePass;
    }

    public AtMostFormula atMostFormula() {
        return atMostFormula;
    }

    /** An at-least actual at this multiple of its target or more needs an explanation (1.3 = 130%). */
    public double overAchievement() {
        return overAchievement;
    }

    /** 执行率 below this fraction is LOW_EXECUTION. */
    public double lowExecution() {
        return lowExecution;
    }

    /** The funds score is 分值 × min(1, 执行率) (true) or 分值 × 执行率 (false). */
    public boolean fundsScoreCapped() {
        return fundsScoreCapped;
    }

    /** The funds 分值 used when the form leaves it blank. */
    public double fundsDefaultWeight() {
        return fundsDefaultWeight;
    }

    /** Lower edge of the 达成 band, as a fraction of w. */
    public double bandAchieved() {
        return bandAchieved;
    }

    /** Lower edge of the 部分达成 band, as a fraction of w. */
    public double bandPartial() {
        return bandPartial;
    }

    public double defaultAchieved() {
        return defaultAchieved;
    }

    public double defaultPartial() {
        return defaultPartial;
    }

    public double defaultNotAchieved() {
        return defaultNotAchieved;
    }

    /** True when a 偏差原因分析 text (any spelling) is only a placeholder such as 无 or 暂无. */
    public boolean isPlaceholder(String deviation) {
        String s = TextNormalizer.normalize(deviation);
        // a traditional-character form writes 無 / 暫無 for 无 / 暂无
        return s.isEmpty() || placeholders.contains(s) || placeholders.contains(TextNormalizer.toSimplified(s));
    }

    @Override
    public String toString() {
        return name;
    }
}
