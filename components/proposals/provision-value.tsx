import type { ProvisionData } from "@/lib/queries/proposal-comparison";

export type ProvisionValueProps = Pick<ProvisionData, "value" | "schedule" | "hedge"> & {
  className?: string;
  /** Citation links or other inline matter after the value. */
  children?: React.ReactNode;
};

/** A provision's value with the text's own hedge ("reportedly") before it and its schedule, stage by stage, under it. */
export function ProvisionValue({ value, schedule, hedge, className, children }: ProvisionValueProps) {
  return (
    <>
      <p className={className}>
        {hedge ? (
          <>
            <em className="provision-hedge" title="The source’s own hedge">
              {hedge}
            </em>{" "}
          </>
        ) : null}
        {value}
        {children ? <> {children}</> : null}
      </p>
      {schedule ? (
        <ol className="provision-schedule" aria-label="Schedule">
          {schedule.map((step) => (
            <li key={`${step.stage}-${step.value}`}>
              <span className="provision-schedule-stage">{step.stage}:</span> {step.value}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
