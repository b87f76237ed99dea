// The parts that follow the section being read, loaded together once the reader scrolls (on-reach.ts).
import './kap-outline';
import './kap-breadcrumbs';
