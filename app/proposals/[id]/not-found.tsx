import { Link } from "@/components/site-link";
import { getProposalLinks } from "@/lib/data/pages/proposal-page";

/** An unknown proposal id: say so, and list the proposals that do exist. */
export default function ProposalNotFound() {
  const proposals = getProposalLinks();
  return (
    <div className="max-w-2xl py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">404 · Not found</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">There is no proposal at this address</h1>
      <p className="mt-4 text-muted">The link may be mistyped. These are the proposals in the dataset:</p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            <Link href={`/proposals/${proposal.id}`}>{proposal.title}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/proposals">Compare all proposals</Link>
      </p>
    </div>
  );
}
