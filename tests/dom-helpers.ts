// What the jsdom tests of the panel's views share.

/** Opens a folded <details> the way a click does; its content is rendered on the toggle. */
export async function openDetails(details: HTMLDetailsElement): Promise<void> {
  details.open = true;
  await new Promise((resolve) => setTimeout(resolve, 10));
}
