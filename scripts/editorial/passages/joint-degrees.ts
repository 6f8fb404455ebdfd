import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'joint-degrees',
  passages: [
    { id: 'diagram', section: 'scheme', seed: '003', from: { text: "国内A大学" }, to: { text: "事項について協議" }, en: "University A in Japan: faculty or graduate school 〇〇\n\nFaculty\n\nor graduate school\n\nFaculty or graduate school △△\n\nInternational joint department or program\n\nDepartment or program\n\nDepartment or program □□\n\nUniversity B abroad: faculty or graduate school ◉◉\n\nFaculty\n\nor graduate school\n\nFaculty or graduate school ✖✖\n\nInternational joint department or program\n\nDepartment or program\n\nFaculty or graduate school ▲▼\n\nMEXT\n\nReview for establishment\n\nApplication for approval, or notification\n\nApproval and the like\n\nMEXT confirms that the quality of education and research is assured by checking the agreement between the universities, based on the ministerial notice, and documents such as the foreign university's accreditation\n\n- that the foreign government recognises it as a regular university\n\n- that it allows joint degrees (JDs) with universities of other countries\n\nThe foreign government\n\nAgreement on cooperation between the universities\n\nThe two universities organise the program jointly\n\nStudents also study and do research to a certain extent at the partner university\n\nThe two universities award the degree jointly\n\nThey consult on important matters of implementation and management", jaHash: '9566e2b9c9bc' },
  ],
});
