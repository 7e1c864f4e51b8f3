package org.ignbot.core.letter;

import static org.ignbot.core.letter.OfficeDocuments.MERGED;
import static org.ignbot.core.letter.OfficeDocuments.SPAN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The unseen documents (D-numbers): Co-Chairs' letters, a correction and a Journal page as Word
 * lays them out, made with {@link OfficeDocuments}. Their PDFs in {@code letters/unseen/} were
 * exported from these .docx files by LibreOffice ({@code main} writes the .docx files to a folder
 * for that), so the PDF path is tested on a real layout engine's output.
 */
final class UnseenDocuments {
  private static final String CLOSING =
      "Please accept, Excellency, the assurances of our highest consideration.";
  private static final String OPENING =
      "We have the honour to write to you in our capacity as Co-Chairs of the Intergovernmental"
          + " Negotiations on the question of equitable representation on and increase in the"
          + " membership of the Security Council and other matters related to the Council (IGN)"
          + " during the eighty-first session of the General Assembly.";
  private static final List<String> KUWAIT =
      List.of(
          "PERMANENT MISSION OF THE STATE OF KUWAIT",
          "TO THE UNITED NATIONS",
          "321 East 44th Street, New York, NY 10017",
          "Tel.: (212) 973-4300");
  private static final List<String> AUSTRIA =
      List.of(
          "PERMANENT MISSION OF AUSTRIA",
          "TO THE UNITED NATIONS",
          "600 Third Avenue, 31st Floor, New York, NY 10016",
          "Tel.: (917) 542-8400");
  private static final List<String> UNITED_NATIONS =
      List.of("UNITED NATIONS", "NATIONS UNIES", "THE PRESIDENT OF THE GENERAL ASSEMBLY");
  private static final List<String> SIGNED_LEFT =
      List.of(
          "(Signed)",
          "H.E. Mr. Tareq M. A. M. Albanai",
          "Ambassador and Permanent Representative",
          "of the State of Kuwait to the United Nations");
  private static final List<String> SIGNED_RIGHT =
      List.of(
          "(Signed)",
          "H.E. Ms. Alexandra Marschik",
          "Ambassador and Permanent Representative",
          "of Austria to the United Nations");
  private static final String ADDRESSEES =
      "All Permanent Representatives and Permanent Observers to the United Nations, New York";

  private UnseenDocuments() {}

  static final Map<String, Supplier<byte[]>> DOCUMENTS = new TreeMap<>();

  static {
    DOCUMENTS.put("D01-invitation-two-days-merged.docx", UnseenDocuments::invitation);
    DOCUMENTS.put("D02-programme-annex-across-pages.docx", UnseenDocuments::programme);
    DOCUMENTS.put("D03-correction-moved-meeting.docx", UnseenDocuments::correction);
    DOCUMENTS.put("D04-journal-page-in-word.docx", UnseenDocuments::journal);
    DOCUMENTS.put("D05-remarks-conference-room.docx", UnseenDocuments::remarks);
    DOCUMENTS.put("D06-prose-two-pages.docx", UnseenDocuments::prose);
    DOCUMENTS.put("D07-letterhead-date-no-year.docx", UnseenDocuments::noYear);
    DOCUMENTS.put("D08-date-rows-spanning.docx", UnseenDocuments::dateRows);
    DOCUMENTS.put("D09-cancellation-table-two-pages.docx", UnseenDocuments::cancellation);
    DOCUMENTS.put("D10-pga-transmits-letter-annex.docx", UnseenDocuments::transmittal);
  }

  /** The document of that name, as .docx bytes. */
  static byte[] docx(String name) {
    return DOCUMENTS.get(name).get();
  }

  /** Writes every document's .docx into the folder given (to export PDFs from them). */
  public static void main(String[] args) throws IOException {
    for (Map.Entry<String, Supplier<byte[]>> document : DOCUMENTS.entrySet()) {
      Files.write(Path.of(args[0]).resolve(document.getKey()), document.getValue().get());
    }
  }

  private static OfficeDocuments coChairs(String reference, String date) {
    return new OfficeDocuments()
        .letterhead(KUWAIT, AUSTRIA)
        .text("", "Ref.: " + reference)
        .right(date)
        .text("", "Excellency,", "", OPENING, "");
  }

  private static OfficeDocuments signed(OfficeDocuments letter) {
    return letter.text("", CLOSING, "").signatures(SIGNED_LEFT, SIGNED_RIGHT).text("", ADDRESSEES);
  }

  private static byte[] invitation() {
    OfficeDocuments letter =
        coChairs("IGN/81/2027/03", "New York, 8 January 2027")
            .text(
                "We are pleased to invite you to the first two informal meetings of the IGN, which"
                    + " will be held in the Trusteeship Council Chamber as set out in the table"
                    + " below.")
            .table(
                0,
                List.of(
                    List.of("Date", "Time", "Cluster"),
                    List.of(
                        "Thursday, 28 January 2027", "10:00 – 13:00", "Categories of membership"),
                    List.of(MERGED, "15:00 – 18:00", "The question of the veto"),
                    List.of("Tuesday, 2 February 2027", "10:00 – 13:00", "Regional representation"),
                    List.of(
                        MERGED,
                        "15:00 – 18:00",
                        "Size of an enlarged Security Council and working methods of the Council")))
            .text("", "The meetings will be webcast on UN Web TV (webtv.un.org).");
    return signed(letter).pageOfPages("").bytes();
  }

  private static byte[] programme() {
    OfficeDocuments letter =
        new OfficeDocuments()
            .letterhead(UNITED_NATIONS, List.of("", "", "Ref.: PGA/81/IGN/26-114"))
            .right("15 December 2026")
            .text(
                "",
                "Excellency,",
                "",
                "I have the honour to transmit herewith a letter from the Co-Chairs of the"
                    + " intergovernmental negotiations on Security Council reform, containing the"
                    + " programme of work of the IGN for January to May 2027 (see annex).",
                "",
                "All meetings will be held from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. in the"
                    + " Trusteeship Council Chamber, unless otherwise indicated in the annex.",
                "",
                CLOSING,
                "",
                "Philemon Yang",
                "President of the General Assembly")
            .newPage("Annex")
            .text(
                "Programme of work of the intergovernmental negotiations, January to May 2027", "")
            .table(
                1300,
                List.of(
                    List.of("No.", "Date", "Cluster", "Remarks"),
                    List.of("1", "Thursday, 21 January 2027", "Categories of membership", ""),
                    List.of("2", "Tuesday, 2 February 2027", "The question of the veto", ""),
                    List.of(
                        "3",
                        "Thursday, 18 February 2027",
                        "Regional representation",
                        "Morning only (10 a.m.–1 p.m.)"),
                    List.of(
                        "4",
                        "Tuesday, 2 March 2027",
                        "Size of an enlarged Security Council and working methods of the Council",
                        ""),
                    List.of(
                        "5",
                        "Thursday, 18 March 2027",
                        "Relationship between the Security Council and the General Assembly",
                        "Conference Room 4"),
                    List.of("6", "Tuesday, 6 April 2027", "Models presented by groups", ""),
                    List.of(
                        "7",
                        "Thursday, 22 April 2027",
                        "All five clusters in a holistic manner",
                        ""),
                    List.of("8", "Tuesday, 4 May 2027", "Elements paper: first reading", ""),
                    List.of("9", "Tuesday, 18 May 2027", "Elements paper: second reading", ""),
                    List.of(
                        "10", "Thursday, 27 May 2027", "–", "Reserved for possible spill-over")));
    return letter.dashPage("").bytes();
  }

  private static byte[] correction() {
    OfficeDocuments letter =
        coChairs("IGN/81/2027/07", "New York, 20 January 2027")
            .text(
                "Further to our letter of 8 January 2027, we wish to inform you that the meeting"
                    + " on regional representation, originally scheduled for Tuesday, 2 February"
                    + " 2027, has been rescheduled to Thursday, 4 February 2027, owing to the"
                    + " unavailability of conference facilities.",
                "",
                "It will be held from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. in the ECOSOC"
                    + " Chamber.",
                "",
                "We apologize for any inconvenience this change may cause.");
    return signed(letter).pageOfPages("IGN/81/2027/07    ").bytes();
  }

  private static byte[] journal() {
    String ign =
        "Informal meeting of the plenary on the intergovernmental negotiations on the question"
            + " of equitable representation on and increase in the membership of the Security"
            + " Council and other matters related to the Council";
    return new OfficeDocuments()
        .text(
            "Journal of the United Nations",
            "No. 2027/27",
            "Programme of meetings and agenda",
            "Tuesday, 9 February 2027",
            "Official meetings",
            "General Assembly",
            "Eighty-first session")
        .table(
            0,
            List.of(
                List.of("10:00–13:00", ign + "\nTrusteeship Council Chamber"),
                List.of(
                    "",
                    "[The informal meeting will address the cluster on the question of the veto.]"),
                List.of("15:00–18:00", ign + "\nTrusteeship Council Chamber")))
        .text("", "Fifth Committee", "Forthcoming official meetings", "Thursday, 11 February 2027")
        .table(
            0,
            List.of(
                List.of("10:00–13:00", "Fifth Committee\n20th meeting\nConference Room 3"),
                List.of("15:00–18:00", "Informal consultations\nConference Room 3")))
        .pageOfPages("27-02134 (E)    ")
        .dashPage("Journal of the United Nations    No. 2027/27    ")
        .bytes();
  }

  private static byte[] remarks() {
    OfficeDocuments letter =
        coChairs("IGN/81/2027/11", "New York, 24 February 2027")
            .text(
                "We are pleased to share the schedule of the IGN meetings in March 2027. Unless"
                    + " otherwise indicated in the Remarks column, the meetings will be held in the"
                    + " Trusteeship Council Chamber.")
            .table(
                0,
                List.of(
                    List.of("Date", "Time", "Cluster", "Remarks"),
                    List.of(
                        "Tuesday, 9 March 2027",
                        "10 a.m.–1 p.m. and 3–6 p.m.",
                        "Categories of membership",
                        ""),
                    List.of(
                        "Thursday, 11 March 2027",
                        "10 a.m.–1 p.m.",
                        "The question of the veto",
                        "(CR 4)"),
                    List.of(
                        "Tuesday, 16 March 2027",
                        "3–6 p.m.",
                        "Regional representation",
                        "(CR 4) Afternoon only"),
                    List.of(
                        "Thursday, 18 March 2027",
                        "10 a.m.–1 p.m.",
                        "–",
                        "Reserved for possible spill-over")));
    return signed(letter).pageOfPages("").bytes();
  }

  private static byte[] prose() {
    OfficeDocuments letter =
        coChairs("IGN/81/2027/15", "New York, 1 April 2027")
            .text(
                "We wish to thank all delegations for their active participation in the meetings"
                    + " held so far, including the meeting of 18 March 2027 on the relationship"
                    + " between the Security Council and the General Assembly.",
                "",
                "The next informal meeting of the IGN will be held on Thursday, 22 April 2027, from"
                    + " 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. in the General Assembly Hall."
                    + " The meeting will focus on the question of the veto.")
            .newPage("")
            .text(
                "A further meeting, on regional representation, is scheduled for Tuesday, 4 May"
                    + " 2027, from 10 a.m. to 1 p.m., in the same room.",
                "",
                "Delegations wishing to present models are invited to inform the Co-Chairs by"
                    + " Friday, 16 April 2027.");
    return signed(letter).dashPage("").bytes();
  }

  private static byte[] noYear() {
    OfficeDocuments letter =
        new OfficeDocuments()
            .letterhead(KUWAIT, List.of("", "", "", "12 January 2027"))
            .text(
                "",
                "Excellency,",
                "",
                OPENING,
                "",
                "The first meeting of the IGN will be held on Thursday, 28 January, from 10 a.m."
                    + " to 1 p.m. and from 3 p.m. to 6 p.m. in the Trusteeship Council Chamber, and"
                    + " will address categories of membership.",
                "",
                "The second meeting will be held on Tuesday, 2 February, at the same time and"
                    + " venue, and will address the question of the veto.");
    return signed(letter).pageOfPages("").bytes();
  }

  private static byte[] dateRows() {
    OfficeDocuments letter =
        coChairs("IGN/81/2027/09", "New York, 10 February 2027")
            .text("The programme of the IGN for the coming weeks is set out below.")
            .table(
                0,
                List.of(
                    List.of("Time", "Cluster", "Venue"),
                    List.of(SPAN + "Thursday, 25 February 2027"),
                    List.of(
                        "10 a.m. – 1 p.m.",
                        "Categories of membership",
                        "Trusteeship Council Chamber"),
                    List.of(
                        "3 p.m. – 6 p.m.",
                        "The question of the veto",
                        "Trusteeship Council Chamber"),
                    List.of(SPAN + "Tuesday, 2 March 2027"),
                    List.of("10 a.m. – 1 p.m.", "Regional representation", "ECOSOC Chamber")));
    return signed(letter).pageOfPages("").bytes();
  }

  private static byte[] cancellation() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Time", "Venue", "Cluster"));
    String[][] days = {
      {"Tuesday, 6 April 2027", "Categories of membership"},
      {"Thursday, 8 April 2027", "Regional representation"},
      {"Tuesday, 13 April 2027", "Size of an enlarged Security Council and working methods"},
      {"Thursday, 15 April 2027", "Relationship between the Security Council and the GA"},
      {"Tuesday, 20 April 2027", "Categories of membership"},
      {"Thursday, 22 April 2027", "Regional representation"},
      {"Tuesday, 27 April 2027", "The question of the veto"},
      {"Thursday, 29 April 2027", "Size of an enlarged Security Council and working methods"}
    };
    for (String[] day : days) {
      rows.add(
          List.of(
              day[0], "10 a.m. – 1 p.m.\n3 p.m. – 6 p.m.", "Trusteeship Council Chamber", day[1]));
    }
    OfficeDocuments letter =
        coChairs("IGN/81/2027/13", "New York, 29 March 2027")
            .text(
                "We regret to inform you that the meeting on the question of the veto scheduled for"
                    + " Thursday, 1 April 2027 has been cancelled, owing to the closure of the"
                    + " Headquarters building.",
                "",
                "The meetings in April 2027 will take place as set out in the table below.")
            .table(1500, rows);
    return signed(letter).pageOfPages("").bytes();
  }

  private static byte[] transmittal() {
    OfficeDocuments letter =
        new OfficeDocuments()
            .letterhead(UNITED_NATIONS, List.of("", "", "5 February 2027"))
            .text(
                "",
                "Excellency,",
                "",
                "I have the honour to transmit herewith a letter dated 4 February 2027 from the"
                    + " Co-Chairs of the intergovernmental negotiations on Security Council reform"
                    + " regarding the next meeting of the IGN.",
                "",
                CLOSING,
                "",
                "Philemon Yang")
            .newPage("")
            .letterhead(KUWAIT, AUSTRIA)
            .right("4 February 2027")
            .text(
                "",
                "Excellency,",
                "",
                "The next informal meeting of the IGN will be held on Tuesday, 23 February 2027,"
                    + " from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. in Conference Room 4. It"
                    + " will address the relationship between the Security Council and the General"
                    + " Assembly.");
    return signed(letter).dashPage("").bytes();
  }
}
