package org.selfeval.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.io.AtomicFiles;

/**
 * The sample workbooks in {@code samples/}: the seed in the official layout with its 项目清单 cover, the
 * shared forms in other layouts and both formats, and a workbook with two forms, plus a README listing
 * what each shows.
 */
public final class SampleGenerator {
    /** The sheet a single form is drawn on. */
    public static final String FORM_SHEET = "自评表";
    public static final String COVER_SHEET = "项目清单";

    /** One form on one sheet of a sample. */
    public record SheetPlan(String sheetName, String formName, Layout layout) {
    }

    /**
     * One sample workbook.
     *
     * @param baseName file name without extension
     * @param format   .xlsx or .xls
     * @param cover    draw the form's 项目清单 cover sheet first
     * @param sheets   the forms, one per sheet
     * @param shows    what the sample is for (goes into the README)
     */
    public record Sample(String baseName, WorkbookFormat format, boolean cover, List<SheetPlan> sheets,
                         String shows) {
        public String fileName() {
            return baseName + "." + format.extension();
        }
    }

    /** Every sample, in file-name order. */
    public static final List<Sample> SAMPLES = Stream.of(
            List.of(
                    seed(WorkbookFormat.XLSX),
                    seed(WorkbookFormat.XLS),
                    single("01-永德-营养改善-拆分指标值", WorkbookFormat.XLSX, "01-yongde-nutrition", Layout.SPLIT_TARGET,
                            "年度指标值拆成 指标性质|指标值|度量单位 三列（云南式），金额单位为元，≧ 与 ═ 符号"),
                    single("03-普陀-体育中心结算-外省表头", WorkbookFormat.XLS, "03-putuo-sports-settlement",
                            Layout.OTHER_PROVINCE,
                            "外省用语：调整后预算数、预算执行数、预算执行率、权重、完成值、未完成原因分析、合计；权重列在年度指标值之前；执行率86.19%"),
                    single("07-贵池-棠溪委托业务-标签空格", WorkbookFormat.XLSX, "07-guichi-tangxi-entrusted-PARTIAL",
                            Layout.SPACED_LABELS.plus(Layout.ONCE_CATEGORIES),
                            "标签带空格/全角空格/冒号（绩 效 指 标、项　目　名　称、年度资金总额:），一级/二级指标只写一次、下方留空不合并；表单不完整"),
                    single("09-濉溪-临时救助-移位文本数字", WorkbookFormat.XLS, "09-suixi-temporary-relief-PARTIAL",
                            Layout.MOVED.plus(Layout.NUMBERS_AS_TEXT),
                            "表格从第5行C列开始，前面有“附件2”等无关内容；所有数字和百分比以文本存储；表单不完整"),
                    single("11-金寨-美丽乡村-公式", WorkbookFormat.XLSX, "11-jinzhai-dept-overall-PARTIAL", Layout.FORMULAS,
                            "部门整体支出绩效自评表（只有“部门”一栏，无项目名称）；执行率为公式（执行数/预算数，102.59%）；表单不完整"),
                    single("13-古城-卫片执法-繁体", WorkbookFormat.XLS, "13-gucheng-satellite-enforcement-PARTIAL",
                            Layout.TRADITIONAL, "标签为繁体字（項目名稱、績效指標、總分），数据本身也是繁体；表单不完整"),
                    single("15-隆阳-化肥减量-换行重复类别", WorkbookFormat.XLSX, "15-longyang-fertilizer-PARTIAL",
                            Layout.LINE_BREAKS.plus(Layout.REPEATED_CATEGORIES),
                            "标签内换行（年度\\n指标值），一级/二级指标每行重复；云南20/80式：预算执行情况(万元)(20分)、年度绩效目标(80分)，指标表无分值列，“一、”大项得分为其“1、”小项之和；表单不完整")),
            inBothFormats("20-廊坊-暖通改造-河北四段式", "20-langfang-school-hvac-hebei",
                    Layout.OFFICIAL,
                    "河北预算项目绩效自评表（LAYOUTS.md C）：一、基本情况 二、预算执行情况 三、目标完成情况 四、年度绩效指标完成情况；"
                            + "资金列 预算数(调整后)|到位数|执行数|预算执行进度(%)，合计行以表头文字“预算数/到位数/执行数”为名；"
                            + "指标列 指标解释、符号|数值|单位(文字描述)（>=、%(百分比)）、单项指标完成情况、单项指标得分、权重占比(%)、单项指标折算得分，"
                            + "一级“效果指标”，末行“预算执行率”即预算执行指标；无偏差原因列。项目与数据取自廊坊市食品工程学校暖通改造"
                            + "（其公开件为全国通用表，共享表单20）：资金、9个指标的名称、数值、分值10与自评得分照原件；补全（原件没有或为全国表样）："
                            + "按河北四段式重排，省去模板占位行与粘连的“指标1”，指标值拆成符号|数值|单位，效益指标写作效果指标，"
                            + "单项指标得分=原得分×10、折算得分=原得分、权重占比各10，预算执行率行取原件资金分值10与得分9，"
                            + "到位数、指标解释、完成情况、总体完成率与合计行为补写；原件的偏差原因说明因本表无此栏而未画出",
                    Layout.TRADITIONAL,
                    "同一张河北四段式表（LAYOUTS.md C），.xls，标签为繁体字"),
            inBothFormats("21-重庆科学城融媒体中心-部门整体", "21-chongqing-media-dept-overall",
                    Layout.OFFICIAL,
                    "重庆部门整体绩效自评表（LAYOUTS.md D，列序一）：自评总分(分)在表头、无总分行；部门预算执行情况带执行率权重，执行率印作76（即76%）；"
                            + "指标为平铺清单（指标名称|计量单位|指标性质|年初指标值|调整指标值|全年完成值|得分系数(%)|指标权重(分)|指标得分(分)|是否核心指标），无一级/二级、无说明栏；"
                            + "补全（原件为OCR且截断）：表头各值、资金金额（500/500/380）、“公共服务…”之后两行满意度指标（各10分）、两行“三公”经费的指标值和完成值、"
                            + "乱码指标值（26次→6、到0次→40、第O份→20）、播发稿件数量的年初指标值2000",
                    Layout.OTHER_PROVINCE,
                    "同一张重庆部门整体表，.xls，列序二（指标名称|计量单位|指标性质|指标值|指标权重(分)|全年完成值|指标得分(分)|说明）：指标值为调整后的指标值"),
            inBothFormats("23-原州-马铃薯种薯繁育-宁夏", "23-ningxia-potato-seed",
                    Layout.OFFICIAL,
                    "宁夏自治区专项绩效目标自评表（LAYOUTS.md E）：项目总得分|99分在表头首行；项目实施单位/项目负责人一格两值，自治区主管部门与市县主管部门；"
                            + "资金情况(万元)只有全年预算数(A)|全年执行数(B)|执行率(B/A)，无分值、无得分（资金不评分）；其中：中央补助/自治区补助/市县资金，金额带单位（300万元）；"
                            + "分值列在年度指标值之前，一级指标带分值（产出指标(40分)…）；“指标1”前缀粘在名称上；"
                            + "补全（原件为OCR且截断）：项目名称（取自标题）、年度资金总额行的执行数259.45和执行率86.5%、实际完成情况、乱码指标值（290$→≥90%、工5%→≥5%/5%、^80%→80%、认知度一行）、"
                            + "被截断的满意度一行（20分）；一级种薯繁育基地一行照原件无分值无得分",
                    Layout.MOVED.plus(Layout.NUMBERS_AS_TEXT),
                    "同一张宁夏表（LAYOUTS.md E），.xls，表格移位、数字以文本存储"),
            inBothFormats("24-蔡甸-森林防火-不评分", "24-caidian-forest-fire-noscore",
                    Layout.TRADITIONAL,
                    "湖北区级无分值表（LAYOUTS.md G）：无分值、得分、总分栏，只检查不评分（等级“不评分”，汇总显示达成率）；"
                            + "资金来源行在前、合计行在最后；二级指标不带“指标”二字（產出數量…）；繁体字；补全（原件缺失）：第3–11行实际完成值、满意度一行、年度总体目标、项目名称/主管部门/实施单位行",
                    Layout.MOVED.plus(Layout.NUMBERS_AS_TEXT),
                    "同一张无分值表（LAYOUTS.md G），.xls，表格移位、数字以文本存储"),
            inBothFormats("26-长江禁捕-20分80分", "26-yangtze-fishing-ban-20-80",
                    Layout.OFFICIAL,
                    "20/80式市直表（LAYOUTS.md F）：预算执行情况(万元)(20分)、得分(20分*执行率)、年度绩效目标(80分)，无分值列、"
                            + "无偏差原因列（单位填的得分即分值），总分后一个表级“偏差大或目标未完成原因分析”；补全（原件为扫描OCR）：乱码的标签按模板写出，满意度实际值“290%”写作≥90%，补写年度总体目标",
                    Layout.SPACED_LABELS.plus(Layout.LINE_BREAKS),
                    "同一张20/80式表（LAYOUTS.md F），.xls，标签带空格和换行"),
            inBothFormats("28-大英-安可替代-四川0013zp", "28-sichuan-daying-anke-0013zp",
                    Layout.OFFICIAL,
                    "四川部门预算项目支出绩效自评表（LAYOUTS.md B，报表编号510000_0013zp）：预算执行情况(10分)带权重、得分、原因列，"
                            + "资金行总额/其中:财政资金/财政专户管理资金/单位资金/其他资金，分项行权重得分为“/”；年初预算0调整为3.36而原因栏仍是模板说明文字；"
                            + "指标值拆成 指标性质|指标值|度量单位（含“定性”）；合计行只印权重100、得分空；补全（原件截断于第一条指标）：其余五条指标及其权重、得分",
                    Layout.MOVED.plus(Layout.NUMBERS_AS_TEXT),
                    "同一张四川0013zp表，.xls，表格移位、数字以文本存储"),
            List.of(
                    new Sample("20-两张表-永德与普陀", WorkbookFormat.XLSX, false, List.of(
                            new SheetPlan("永德-营养改善", "01-yongde-nutrition", Layout.NO_TITLE),
                            new SheetPlan("普陀-体育中心结算", "03-putuo-sports-settlement", Layout.OFFICIAL)),
                            "一个工作簿两张自评表：第一张无标题行（NO_TITLE），第二张为官方版式")))
            .flatMap(List::stream)
            .toList();

    private SampleGenerator() {
    }

    private static Sample seed(WorkbookFormat format) {
        return new Sample("00-霍邱-困难职工送温暖", format, true,
                List.of(new SheetPlan(FORM_SHEET, FormSpecs.SEED, Layout.OFFICIAL)),
                "种子表单（官方版式）：首页“项目清单”，表单在“自评表”；保留原表的怪处：实际完成值“≥500人”、"
                        + "分值合计110而总分写100、“指标”占位行、空的生态效益行、“满意度    指标”、“绩         效         指         标”");
    }

    private static Sample single(String baseName, WorkbookFormat format, String formName, Layout layout,
                                 String shows) {
        return new Sample(baseName, format, false, List.of(new SheetPlan(FORM_SHEET, formName, layout)), shows);
    }

    /** The same form as an .xlsx and an .xls sample of one base name, each in its own layout. */
    private static List<Sample> inBothFormats(String baseName, String formName, Layout xlsxLayout, String xlsxShows,
                                              Layout xlsLayout, String xlsShows) {
        return List.of(single(baseName, WorkbookFormat.XLSX, formName, xlsxLayout, xlsxShows),
                single(baseName, WorkbookFormat.XLS, formName, xlsLayout, xlsShows));
    }

    /** Writes every sample and {@code README.md} into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            files.add(write(dir, sample));
        }
        files.addAll(WordSampleGenerator.write(dir));
        Path readme = dir.resolve("README.md");
        byte[] text = readme().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(readme, out -> out.write(text));
        files.add(readme);
        return files;
    }

    static Path write(Path dir, Sample sample) throws IOException {
        Path file = dir.resolve(sample.fileName());
        try (Workbook workbook = sample.format().newWorkbook()) {
            FormWorkbookBuilder builder = new FormWorkbookBuilder(workbook);
            for (SheetPlan plan : sample.sheets()) {
                FormSpec spec = FormSpecs.load(plan.formName());
                if (sample.cover() && spec.cover() != null) {
                    builder.renderCover(COVER_SHEET, spec.cover());
                }
                builder.render(plan.sheetName(), spec, plan.layout());
            }
            WorkbookFormat.save(workbook, file);
        }
        return file;
    }

    /** The README of the samples folder: one line per file, saying what it shows. */
    static String readme() {
        StringBuilder md = new StringBuilder();
        md.append("# 样例工作簿\n\n")
                .append("由 `org.selfeval.template.SampleGenerator` 生成（请勿手工修改，改代码后重新生成）。")
                .append("数据来自 `src/main/resources/org/selfeval/template/forms/` 中转录的真实表单，原样保留其错误与怪处。\n\n")
                .append("| 文件 | 工作表 | 表单 | 版式 | 展示内容 |\n|---|---|---|---|---|\n");
        for (Sample s : SAMPLES) {
            List<String> sheets = new ArrayList<>();
            if (s.cover()) {
                sheets.add(COVER_SHEET);
            }
            s.sheets().forEach(p -> sheets.add(p.sheetName()));
            md.append("| `").append(s.fileName()).append("` | ").append(String.join("、", sheets)).append(" | ")
                    .append(String.join("、", s.sheets().stream().map(SheetPlan::formName).toList())).append(" | ")
                    .append(String.join("、", s.sheets().stream().map(p -> p.layout().name()).toList()))
                    .append(" | ").append(s.shows().replace("|", "\\|")).append(" |\n");
        }
        md.append("\n## Word 文档\n\n由 `org.selfeval.template.WordSampleGenerator` 生成：表单先按上表的方式画在工作表上，")
                .append("再画成 Word 表格（合并单元格为 gridSpan / vMerge）。\n\n| 文件 | 表单 | 展示内容 |\n|---|---|---|\n");
        for (WordSampleGenerator.WordSample s : WordSampleGenerator.SAMPLES) {
            md.append("| `").append(s.fileName()).append("` | ").append(String.join("、", s.forms())).append(" | ")
                    .append(s.shows().replace("|", "\\|")).append(" |\n");
        }
        md.append("| `").append(DOC_SAMPLE).append("` | ").append(FormSpecs.SEED)
                .append(" | 种子文档的 Word 97-2003 版（.doc）：HWPF 读取，评分副本另存为 .docx |\n\n")
                .append("`").append(DOC_SAMPLE).append("` 不是本工具生成的（POI 的 HWPF 不能新建 .doc），而是用 LibreOffice 由上面生成的 ")
                .append("`00-霍邱-困难职工送温暖.docx` 转换而来，命令为：\n\n```sh\n")
                .append(DOC_COMMAND).append("\n```\n\n重新生成 .docx 后如需更新 .doc，请照此重新转换并提交。\n");
        return md.toString();
    }

    /** The .doc sample, converted from the generated seed .docx by LibreOffice (see the README). */
    public static final String DOC_SAMPLE = "00-霍邱-困难职工送温暖-Word97.doc";
    /** Its own base name: its scored copy is a .docx, which must not take the seed .docx's output name. */
    static final String DOC_COMMAND =
            "soffice --headless --convert-to doc:\"MS Word 97\" --outdir /tmp samples/00-霍邱-困难职工送温暖.docx\n"
                    + "mv /tmp/00-霍邱-困难职工送温暖.doc samples/" + "00-霍邱-困难职工送温暖-Word97.doc";

    /** {@code SampleGenerator [DIR]}: writes the samples into DIR (default samples). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        for (Path file : write(dir)) {
            System.out.println(file);
        }
    }
}
