import { Anchor } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { useCameFrom } from './BackLink'

interface DetailLinkProps {
  to: string
  children: ReactNode
  fw?: number
  /** For identifiers such as marketplace order numbers, which read wrongly when broken over two lines. */
  nowrap?: boolean
}

export function DetailLink({ to, children, fw = 500, nowrap = false }: DetailLinkProps) {
  const cameFrom = useCameFrom()
  return (
    <Anchor component={Link} to={to} state={cameFrom} fw={fw} size="sm" underline="hover" style={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
      {children}
    </Anchor>
  )
}

/** For a table row's click: opens a detail page the same way a DetailLink would. */
export function useOpenDetail(): (to: string) => void {
  const navigate = useNavigate()
  const cameFrom = useCameFrom()
  return (to) => void navigate(to, { state: cameFrom })
}
