<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About nato-reader</source>
        <translation>عن nato-reader</translation>
    </message>
    <message>
        <source>Read and label Arabic news: entities, quotations, claims and their speakers.&lt;p&gt;Licence: {licence}. This program comes with absolutely no warranty; you may redistribute it under the terms of the GNU General Public License, version 3 or any later version.&lt;/p&gt;&lt;p&gt;Your annotations are kept in: {data}&lt;/p&gt;</source>
        <translation>اقرأ الأخبار العربية ووسمها: الكيانات والاقتباسات والادعاءات وقائلوها.&lt;p&gt;الترخيص: {licence}. يأتي هذا البرنامج دون أي ضمان على الإطلاق؛ ويجوز لك إعادة توزيعه وفق شروط رخصة جنو العمومية، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;&lt;p&gt;تُحفظ وسومك في: {data}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Note for this claim</source>
        <translation>ملاحظة على هذا الادعاء</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>قبول (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>رفض (R)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Check-worthy</source>
        <translation>يستحق التحقق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعاً</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>لا أقوال</numerusform>
            <numerusform>قول واحد</numerusform>
            <numerusform>قولان</numerusform>
            <numerusform>%n أقوال</numerusform>
            <numerusform>%n قولاً</numerusform>
            <numerusform>%n قول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>لا مفتوح</numerusform>
            <numerusform>واحد مفتوح</numerusform>
            <numerusform>اثنان مفتوحان</numerusform>
            <numerusform>%n مفتوحة</numerusform>
            <numerusform>%n مفتوحاً</numerusform>
            <numerusform>%n مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>No span selected</source>
        <translation>لم يُحدَّد أي مقطع</translation>
    </message>
    <message>
        <source>none — press S</source>
        <translation>لا أحد — اضغط S</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to nato-reader</source>
        <translation>مرحباً بك في nato-reader</translation>
    </message>
    <message>
        <source>Your name is recorded with every annotation you make.
Your name:</source>
        <translation>يُسجَّل اسمك مع كل وسم تضعه.
اسمك:</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>Search titles and text…</source>
        <translation>ابحث في العناوين والنصوص…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>أي قائل</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>أي دولة</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>أي موسِّم</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose a country</source>
        <translation>اختر دولة</translation>
    </message>
    <message>
        <source>Search in Arabic or English, or type a code</source>
        <translation>ابحث بالعربية أو الإنجليزية، أو اكتب الرمز</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>nato_reader records (JSONL)</source>
        <translation>سجلات nato_reader (JSONL)</translation>
    </message>
    <message>
        <source>Prodigy (JSONL)</source>
        <translation>Prodigy (JSONL)</translation>
    </message>
    <message>
        <source>doccano (JSONL)</source>
        <translation>doccano (JSONL)</translation>
    </message>
    <message>
        <source>Quotes with their speakers (JSONL)</source>
        <translation>الاقتباسات مع قائليها (JSONL)</translation>
    </message>
    <message>
        <source>CoNLL: tokens with BIO tags</source>
        <translation>CoNLL: كلمات بوسوم BIO</translation>
    </message>
    <message>
        <source>Also write claims</source>
        <translation>اكتب الادعاءات أيضاً</translation>
    </message>
    <message>
        <source>Add a column for quotes and claims</source>
        <translation>أضف عموداً للاقتباسات والادعاءات</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي موسِّم</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Only those made or confirmed by people</source>
        <translation>ما وضعه أو أكّده أشخاص فقط</translation>
    </message>
    <message>
        <source>Only accepted ones</source>
        <translation>المقبولة فقط</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>أنواع الوسوم:</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>الموسِّم:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Articles matching: {n} of {total}</source>
        <translation>المقالات المطابقة: {n} من {total}</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;CoNLL (*.conll);;All files (*)</source>
        <translation>أسطر JSON (*.jsonl);;CoNLL (*.conll);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) written to {path}.</source>
        <translation>
            <numerusform>لم تُكتب أي مقالة في {path}.</numerusform>
            <numerusform>كُتبت مقالة واحدة في {path}.</numerusform>
            <numerusform>كُتبت مقالتان في {path}.</numerusform>
            <numerusform>كُتبت %n مقالات في {path}.</numerusform>
            <numerusform>كُتبت %n مقالةً في {path}.</numerusform>
            <numerusform>كُتبت %n مقالة في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>The document {path} is missing from this installation.</source>
        <translation>المستند {path} غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Annotation guidelines</source>
        <translation>إرشادات الوسم</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>أضف ملفات…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>أضف مجلداً…</translation>
    </message>
    <message>
        <source>Recognise from the file</source>
        <translation>تعرّف عليها من الملف</translation>
    </message>
    <message>
        <source>Suggest annotations for new articles</source>
        <translation>اقترح وسوماً للمقالات الجديدة</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Articles and annotations (*.txt *.jsonl *.json *.html *.htm);;All files (*)</source>
        <translation>مقالات ووسوم (*.txt *.jsonl *.json *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{added} added, {skipped} already present.</source>
        <translation>أُضيف: {added}، وكان موجوداً من قبل: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (listed below).</source>
        <translation>
            <numerusform>لم يتعذّر قراءة أي ملف.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد (مذكور أدناه).</numerusform>
            <numerusform>تعذّرت قراءة ملفين (مذكورين أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات (مذكورة أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملفاً (مذكورة أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملف (مذكورة أدناه).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>جارٍ الحفظ في قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>جنسية</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select the words to tag first.</source>
        <translation>حدّد الكلمات المراد وسمها أولاً.</translation>
    </message>
    <message>
        <source>Tag %s</source>
        <translation>وسم %s</translation>
    </message>
    <message>
        <source>Accept %s</source>
        <translation>قبول %s</translation>
    </message>
    <message>
        <source>Reject %s</source>
        <translation>رفض %s</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>تغيير الوسم</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Change label to %s</source>
        <translation>تغيير الوسم إلى %s</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>تعديل %s</translation>
    </message>
    <message>
        <source>Move to a quote or claim first (Tab), then press S.</source>
        <translation>انتقل أولاً إلى اقتباس أو ادعاء (Tab)، ثم اضغط S.</translation>
    </message>
    <message>
        <source>Click the speaker&apos;s name, or select it and press S (Esc cancels).</source>
        <translation>انقر اسم القائل، أو حدّده واضغط S (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>Select the speaker&apos;s name or click a highlighted one.</source>
        <translation>حدّد اسم القائل أو انقر اسماً مُبرَزاً.</translation>
    </message>
    <message>
        <source>Link speaker</source>
        <translation>ربط القائل</translation>
    </message>
    <message>
        <source>Link new speaker</source>
        <translation>ربط قائل جديد</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>دمج الأشخاص</translation>
    </message>
    <message>
        <source>The article is already marked %s.</source>
        <translation>المقالة %s بالفعل.</translation>
    </message>
    <message>
        <source>Mark article done</source>
        <translation>تعليم المقالة منجزة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Annotator: %s</source>
        <translation>الموسِّم: %s</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>لا مقالة</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعاً</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) or claim(s)</source>
        <translation>
            <numerusform>لا اقتباسات ولا ادعاءات</numerusform>
            <numerusform>اقتباس أو ادعاء واحد</numerusform>
            <numerusform>اقتباسان أو ادعاءان</numerusform>
            <numerusform>%n اقتباسات أو ادعاءات</numerusform>
            <numerusform>%n اقتباساً أو ادعاءً</numerusform>
            <numerusform>%n اقتباس أو ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>لا مفتوح</numerusform>
            <numerusform>واحد مفتوح</numerusform>
            <numerusform>اثنان مفتوحان</numerusform>
            <numerusform>%n مفتوحة</numerusform>
            <numerusform>%n مفتوحاً</numerusform>
            <numerusform>%n مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %d pt</source>
        <translation>التكبير %d نقطة</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Check-worthy</source>
        <translation>يستحق التحقق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>دمج الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n mention(s))</source>
        <translation>
            <numerusform>{name} (لا ذكر)</numerusform>
            <numerusform>{name} (ذكر واحد)</numerusform>
            <numerusform>{name} (ذكران)</numerusform>
            <numerusform>{name} (%n مرات ذكر)</numerusform>
            <numerusform>{name} (%n مرةً ذكر)</numerusform>
            <numerusform>{name} (%n مرة ذكر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mention of the second person, and every quote attributed to them, will be given the first person&apos;s name.</source>
        <translation>سيأخذ كلُّ ذكر للشخص الثاني، وكلُّ اقتباس منسوب إليه، اسمَ الشخص الأول.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Keep this name:</source>
        <translation>أبقِ هذا الاسم:</translation>
    </message>
    <message>
        <source>Merge this person into it:</source>
        <translation>وادمج فيه هذا الشخص:</translation>
    </message>
    <message>
        <source>This article names fewer than two people.</source>
        <translation>تذكر هذه المقالة أقل من شخصين.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>اختر شخصين مختلفين.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return article</source>
        <translation>إعادة المقالة</translation>
    </message>
    <message>
        <source>What should the annotator change?</source>
        <translation>ما الذي ينبغي للموسِّم تغييره؟</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>أعِد</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Speaker or country</source>
        <translation>القائل أو الدولة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Approve span</source>
        <translation>اعتماد المقطع</translation>
    </message>
    <message>
        <source>Reject span</source>
        <translation>رفض المقطع</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Approve article</source>
        <translation>اعتماد المقالة</translation>
    </message>
    <message>
        <source>Return with comment…</source>
        <translation>إعادة مع تعليق…</translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>لم تُختر أي مقالة.</translation>
    </message>
    <message>
        <source>{title}
Status: {status}</source>
        <translation>{title}
الحالة: {status}</translation>
    </message>
    <message>
        <source>Review comment: {comment}</source>
        <translation>تعليق المراجعة: {comment}</translation>
    </message>
    <message>
        <source>Suggestions (not yet confirmed)</source>
        <translation>اقتراحات (لم تُؤكَّد بعد)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Return article</source>
        <translation>إعادة المقالة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>SpanState</name>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>لا شيء لعرضه بعد.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>إحصاءات</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>الاقتباسات لكل قائل</translation>
    </message>
    <message>
        <source>Mentions per country</source>
        <translation>مرات ذكر كل دولة</translation>
    </message>
    <message>
        <source>Labels per annotator</source>
        <translation>الوسوم لكل موسِّم</translation>
    </message>
    <message>
        <source>Articles by status</source>
        <translation>المقالات حسب الحالة</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>معادة</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation>&amp;بحث في المقالات</translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation>&amp;اسم الموسِّم…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <source>Tag as %s</source>
        <translation>وسم كـ%s</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Edit label…</source>
        <translation>&amp;تعديل الوسم…</translation>
    </message>
    <message>
        <source>Accept a&amp;ll suggestions</source>
        <translation>قبول &amp;كل الاقتراحات</translation>
    </message>
    <message>
        <source>Link &amp;speaker</source>
        <translation>ربط ال&amp;قائل</translation>
    </message>
    <message>
        <source>Cancel linking</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>&amp;Next span</source>
        <translation>المقطع ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous span</source>
        <translation>المقطع ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>&amp;دمج الأشخاص…</translation>
    </message>
    <message>
        <source>Mark article &amp;done</source>
        <translation>تعليم المقالة &amp;منجزة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>&amp;تباعد الأسطر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Review mode</source>
        <translation>&amp;وضع المراجعة</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;إحصاءات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>&amp;إرشادات الوسم</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About nato-reader</source>
        <translation>&amp;عن nato-reader</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>الموسِّم</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
</context>
</TS>
