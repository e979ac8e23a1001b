export {
  ANNUAL_REPORT_SECTIONS,
  annualReportDueDate,
  DECISION_ACTIONS,
  type TAnnualReportFigures,
  type TAnnualReportSection,
} from './annual-report.ts';
export {
  emptyRiskAssessment,
  isReviewDue,
  nextReviewDue,
  RISK_ASSESSMENT_SECTIONS,
  riskRatings,
  type TRiskAssessmentContent,
  type TRiskAssessmentSection,
  ZRiskAssessmentContent,
} from './risk-assessment.ts';
export {
  type EmployeeTraining,
  type TrainingMember,
  type TrainingPerEmployee,
  type TrainingSessionAttendance,
  trainingPerEmployee,
} from './training-per-employee.ts';
